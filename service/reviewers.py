"""The IMR reviewer's specialty, when a question names it ("the emergency medicine doctor who
reviewed the low back PT", "reviewed by an orthopedic surgeon"): the letters whose reviewer has it
rank first, as a described patient's letters do (service.patients).

A specialty counts only when the question says it is the reviewer's ("the neurologist who
reviewed", "reviewed by an orthopedic surgeon"): "physical medicine" alone is a treatment, and
"my family doctor asked for PT" names the treating physician.

    read_reviewer("What did the emergency medicine doctor who reviewed the PT decide?")
        -> ("Emergency Medicine", (10, 28))   # the letters' spelling, the span of the words
"""

from __future__ import annotations

import re

from indexer.treatments import find_treatments

# the name of "neuro" said alone: a neurologist or a neurosurgeon, whichever the letter's reviewer is
NEURO = "Neurology or Neurological Surgery"
# "a surgeon" said alone: a reviewer of any surgical specialty ("is he a surgeon?" after "who reviewed it?")
SURGEON = "Orthopedic Surgery or Neurological Surgery"
# the letters' name of the specialty -> how people write it
SPECIALTIES: tuple[tuple[str, str], ...] = (
    ("Emergency Medicine", r"emergency\s+(?:medicine|room|physician|doctor)|\bER\s+(?:doctor|physician)"),
    ("Family Practice", r"family\s+(?:practice|medicine|practitioner|doctor|physician)|\bGP\b|general\s+practi\w+"),
    ("Internal Medicine", r"internal\s+medicine|internists?"),
    ("Occupational Medicine", r"occupational\s+medicine|\bocc\.?\s?med\b"),
    ("Preventive Medicine", r"preventive\s+medicine"),
    ("Physical Medicine & Rehabilitation", r"physical\s+medicine\s+(?:and|&)\s+rehab\w*|\bPM\s?&\s?R\b|physiatrists?"
     # ... "physical medicine" alone is the treatment, unless a reviewer or doctor of it is named: "a physical medicine reviewer"
     r"|physical\s+medicine(?=\s+(?:reviewers?|doctors?|physicians?|specialists?|MDs?)\b)"),
    ("Pain Management", r"pain\s+(?:management|medicine)\s+(?:specialist|doctor|physician)s?|pain\s+specialists?"
     r"|pain\s+(?:doctor|doc|physician)s?"
     # ... "pain management" alone is the referral, unless its reviewers are named: "the pain management reviewers"
     r"|pain\s+(?:management|medicine)(?=\s+(?:reviewers?|MDs?)\b)"),
    ("Orthopedic Surgery", r"orthop(?:a)?edic\s+(?:surgery|surgeons?|specialists?|doctors?)|orthop(?:a)?edic(?=\s+(?:reviewers?|physicians?|MDs?)\b)|orthop(?:a)?edists?|orthop(?:a)?edics\b|\bortho(?:pod)?s?\b(?!-)"),
    ("Sports Medicine", r"sports\s+medicine"),
    ("Anesthesiology", r"anesthesiolog\w+|anaesthetists?|anesthetists?"),
    ("Neurological Surgery", r"neuro[- ]?surg\w+|neurological\s+surg\w+"),
    ("Neurology", r"neurolog(?:y|ists?)"),
    # "neuro" alone, a lay word for either: "was it a neuro who reviewed it?" (service.reviewers.alternatives)
    (NEURO, r"\bneuros?\b(?!-)"),
    # "surgeon" alone, after the surgical specialties' own words have had their turn: any of them
    (SURGEON, r"\bsurgeons?\b"),
    ("Medical Toxicology", r"toxicolog\w+"),
    ("Psychiatry", r"psychiatr(?:y|ists?)"),
    ("Chiropractic", r"chiropractors?|chiropractic(?=\s+reviewers?\b)"),
    ("Dermatology", r"dermatolog(?:y|ists?)"),
)
_SPECIALTY = re.compile("|".join(f"(?P<s{n}>{rx})" for n, (_name, rx) in enumerate(SPECIALTIES)), re.IGNORECASE)
# any specialty's words, for a question to name one (service.compose.facts)
SPECIALTY_WORDS = "(?:" + "|".join(rx for _name, rx in SPECIALTIES) + ")"
# where a question about the one who decided opens: the start, after a clause or a dash, or after the case number
# named first ("CM17-0019011 is she occupational medicine?")
OPENING = r"(?:^|[.?!;:,]\s*|\s[-\u2013\u2014]+\s*|\bCM\d{2}[-\s]?\d{3,7}\s*[-:,]?\s*)"
# the specialty is the reviewer's: "the neurologist who reviewed", "an internist reviewer",
# "reviewed by an orthopedic surgeon", "the reviewer was a physiatrist" (not "my family doctor
# asked for PT and the reviewer denied it")
_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:who\s+|that\s+)?(?:review(?:ed|er|ers|ing)?|IMR\s+reviewer)\b"
                    r"|(?:\s+[\w-]+){0,2}?\s+(?:who|that)\s+(?:looked\s+(?:at|over|into)|went\s+(?:over|through)|read|handled|"
                    r"examined)\s+(?:the|his|her|their|my|this|that)\s+(?:[\w'’-]+\s+){0,4}?"
                    r"(?:file|case|chart|records?|appeal|dispute|request)\b"
                    # ... or of the thing asked about, by a pronoun: "was it a neuro who looked at it?"
                    r"|\s+(?:who|that)\s+(?:looked\s+(?:at|over|into)|went\s+(?:over|through)|handled|decided\s+on)\s+(?:it|this|that|them)\b",
                    re.IGNORECASE)
# ... or the one asked what they said of it: "what did the internal medicine doc say about the PT?", "why did the
# orthopedist think ..." (a doctor of the asker's own, "my family doctor said", tells a story: service.reviewers.read_reviewers)
_ASKED_WHAT = re.compile(r"\b(?:what|why|how)\s+(?:did|does|do|would)\s+(?:the|that|this)\s+$", re.IGNORECASE)
_SAID = re.compile(r"(?:\s+(?:docs?|doctors?|physicians?|specialists?|MDs?))?\s+(?:say|write|think|find|conclude|base|decide)\b",
                   re.IGNORECASE)
# ... or the one who decides: "did the neurosurgeon turn down", "the neurologist's ruling" (not of a specialty that is
# also a treatment: "was the chiropractor approved?" asks of the chiropractic)
_DECIDES = re.compile(r"(?:['’]s)?\s+(?:ruling|decision|determination)\b"
                      r"|\s+(?:turn(?:ed|s)?\s+down|den(?:y|ied|ies)|approv(?:e|ed|es)|decid(?:e|ed|es)|ruled|upheld|uphold|overturn(?:ed|s)?|"
                      r"refused|rejected)\b", re.IGNORECASE)
_BEFORE = re.compile(r"\breview(?:ed|er|ers)\b(?:\s+[\w']+){0,3}?\s*(?:,|\bby|\bwas|\bis|\bwere)\s+(?:a|an|the)?\s*$"
                     # "how many cases were decided by chiropractors?"
                     r"|\b(?:decided|ruled\s+on|handled|determined|judged)\s+by\s+(?:a|an|the)?\s*$"
                     # "was the reviewer (on the 62 year old woman's MRI) an orthopedic surgeon?"
                     r"|\b(?:was|is|were)\s+(?:the\s+|any\s+)?(?:IMR\s+)?reviewers?\b(?:\s+[\w'’/-]+){0,10}?\s+(?:a|an)\s+$"
                     # ... the field with no article: "is the reviewer occupational medicine?", "was he in family practice?";
                     # the reviewer, then the field asked: "CM17-0019011 reviewer occupational medicine?"
                     r"|\b(?:was|is|were)\s+(?:the\s+)?(?:IMR\s+)?reviewers?\s+(?:in\s+)?$|\b(?:IMR\s+)?reviewer\s+$"
                     # the reviewers, then what they are: "which reviewers are orthopedic surgeons?", "were any of the
                     # reviewers orthopedists?", "how many of the reviewers were neurologists?"
                     r"|\breviewers\s+(?:are|were)\s+(?:(?:all|both)\s+)?$"
                     r"|\b(?:any|all|none|some|many|which|how\s+many)\s+of\s+(?:the\s+|these\s+|those\s+)?(?:IMR\s+)?reviewers\s+$"
                     # "was it an occ med doc?"
                     r"|" + OPENING + r"\s*(?:(?:and|so|but)\s+)?(?:was|is)\s+(?:it|this|that)\s+(?:a|an)\s+$"
                     # "the reviewer in the 29 yo woman's case, was she a family doctor"
                     r"|\breviewers?\b[^?.;]{0,120}?\b(?:was|is|were|are)\s+(?:he|she|they)\s+(?:a|an)\s+$"
                     # asked bare of the one who decided (after "who decided it?"): "is he an orthopedist?", "was the
                     # doctor who decided it a neurologist?"
                     r"|" + OPENING + r"\s*(?:(?:and|so|but)\s+)?(?:was|is|were)\s+(?:he|she|they|the\s+(?:doctor|physician)(?:\s+(?:who|that)\s+"
                     r"(?:decided|reviewed|denied|approved)(?:\s+(?:it|this|that|them))?)?)\s+(?:(?:a|an)\s+(?:board[- ]certified\s+)?|in\s+)?$"
                     # whether the reviewer specializes in it: "did the doctor who reviewed the elbow MRI specialize in",
                     # "is the reviewer of his MRI a specialist in"
                     r"|\b(?:did|does|do|was|is)\s+(?:the\s+)?(?:IMR\s+)?(?:reviewer|doctor|physician)\b[^?.;]{0,120}?\b"
                     r"(?:speciali[sz]e[ds]?\s+in|(?:a\s+)?specialist\s+in)\s+$",
                     re.IGNORECASE)


def specialty_named(words: str) -> str | None:
    """The letters' name of the specialty `words` name ("orthopedic surgeons": "Orthopedic Surgery"), or None."""
    if not (m := _SPECIALTY.search(words)):
        return None
    return next(SPECIALTIES[int(k[1:])][0] for k, v in m.groupdict().items() if v)


def read_reviewer(text: str) -> tuple[str, tuple[int, int]] | None:
    """The reviewer specialty the question names, with the span of its words, or None."""
    return next(iter(read_reviewers(text)), None)


def read_reviewers(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Every reviewer specialty the question names, with the span of its words, in order ("do family practice
    reviewers deny more often than orthopedic surgery reviewers?": both; "do pain doctors overturn more often than
    family doctors?": the second compared with the first)."""
    found = []
    for m in _SPECIALTY.finditer(text):
        name = next(SPECIALTIES[int(k[1:])][0] for k, v in m.groupdict().items() if v)
        if (_AFTER.match(text, m.end()) or _BEFORE.search(text[max(0, m.start() - 120) : m.start()])
                # ("the surgeon denied it" may be the treating one's: a surgeon alone is the reviewer only when said so)
                or (_DECIDES.match(text, m.end()) and not _treatment_too(m.group(0)) and name != SURGEON)
                or (_ASKED_WHAT.search(text[max(0, m.start() - 30) : m.start()]) and _SAID.match(text, m.end())
                    and not _treatment_too(m.group(0)))
                or (found and _COMPARED.search(text[max(0, m.start() - 40) : m.start()]))):
            found.append((name, m.span()))
    return found


def _treatment_too(words: str) -> bool:
    """Whether a specialty's words also name a treatment ("chiropractor"): not the "medicine" of a field of it
    ("internal medicine")."""
    return any(said.lower() != "medicine" for _kind, said in find_treatments(words))


# a specialty compared with a reviewer's read before it: "... than family doctors?", "... vs orthopedists"
_COMPARED = re.compile(r"\b(?:than|vs\.?|versus|compared\s+(?:to|with))\s+(?:the\s+|those\s+of\s+)?$", re.IGNORECASE)


def alternatives(name: str) -> tuple[str, ...]:
    """The letters' specialties a read name stands for: itself, or each of a lay word's ("neuro": Neurology or
    Neurological Surgery), for a letter's reviewer to match any of.

        alternatives("Neurology or Neurological Surgery") -> ("Neurology", "Neurological Surgery")
        alternatives("Orthopedic Surgery or Neurological Surgery") -> ("Orthopedic Surgery", "Neurological Surgery")
        alternatives("Orthopedic Surgery") -> ("Orthopedic Surgery",)
    """
    return tuple(name.split(" or ")) if name in (NEURO, SURGEON) else (name,)
