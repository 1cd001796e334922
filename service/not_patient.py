"""Who in a question is not the patient asked about: the asker ("I'm an orthopedist"), the
patient's relatives ("while his wife is at work"), another patient compared with ("overturned like
the 50 yo woman's?") and one told of before a follow-up about the next ("the 28 year old's MRI was
denied - so was the 29 year old's?"). service.people reads the patient from what is left (service.others: the people of the asker told in brackets).
"""

from __future__ import annotations

import re

# the asker's profession: "I'm an orthopedist. What do reviewers want before approving ...?" asks
# as a provider, about no patient ("I'm a 40 year old nurse ..." still describes one by the age)
ASKER = re.compile(r"\bI(?:'m|\s+am)\s+(?:a|an|the)\s+(?:(?:treating|requesting|primary|referring)\s+)?"
                   r"(?:physician|doctor|orthop(?:a)?edi(?:st|c)|surgeon|chiropractor|attorney|lawyer|adjuster|provider|"
                   r"psychologist|physiatrist|(?:nurse\s+)?case\s+manager|UR\s+nurse)\b", re.IGNORECASE)

# the reviewer told by what kind of doctor they were, not the patient's job: "is there a case where the reviewer was a
# family practice doctor ...", "the reviewer, an orthopedic surgeon, ..." (service.reviewers reads the specialty)
REVIEWER_WAS = re.compile(r"\b(?:IMR\s+)?reviewer\s*(?:(?:was|is|were|being)\s+|,\s*)(?:an?\s+|the\s+)?(?:[\w&/-]+\s+){0,4}?"
                          r"(?:doctor|physician|specialist|surgeon|doc|MD|D\.?O\.?|[a-z]+ist)\b", re.IGNORECASE)

# another patient the question compares with, not the patient asked about: "the 50 yo man's last 2
# acupuncture visits - overturned like the 50 yo woman's?", "same as the lady with the wrist braces"
_COMPARED = re.compile(
    r"\b(?:just\s+|exactly\s+)?(?:like|unlike|as\s+with|same\s+as|as\s+for|compared\s+(?:to|with))\s+(?:the|that|this|a|an)\s+"
    r"(?:[\w/-]+\s+){0,4}?(?:wom[ae]n|m[ae]n|lady|ladies|gentleman|guy|gal|girl|boy|female|male)(?:['’]s)?(?!\w)",
    re.IGNORECASE)


# a follow-up about another patient, after what was told of a first: "the 28 year old's MRI was
# denied - so was the 29 year old's?", "... and what about the 57 year old man?"
_NEXT_PERSON = re.compile(
    r"(?:\s[-\u2013\u2014]+\s*|[.;?,]\s+)(?:and|so|but)\s+(?:(?:was|were|did|is|has)|(?:what|how)\s+about)\s+"
    r"(?P<who>(?:the|that)\s+\d{2}\s*-?\s*(?:years?[- ]old|yrs?[- ]old|yo|y/o))\b", re.IGNORECASE)


# the patient's relative, not the patient: "while the wife is at work", "his wife drives him"
# ("my wife", the asker's, is the patient)
_RELATIVE = re.compile(r"\b(?:his|her|their|the)\s+(wife|husband|mother|mom|father|dad|son|daughter|sister|brother|"
                       r"kids?|children|family)\b", re.IGNORECASE)


# the asker told as the patient by their own age: "I'm 43 and my wife works, ...", "I am 50, ..."
_ASKER_AGED = re.compile(r"\bI(?:['’]m|\s+am)\s+(?:a\s+|an\s+)?\d{2}\b", re.IGNORECASE)
# ... whose relative is then not the patient, unless told as one: not "my wife's MRI", "my wife is 58"
_ASKERS_RELATIVE = re.compile(r"\bmy\s+(wife|husband|mother|mom|father|dad|son|daughter|sister|brother|kids?|children|family)\b"
                              r"(?!['’]s|\s+(?:is|was)\s+(?:a\s+|an\s+)?\d{2}\b)", re.IGNORECASE)


def others_masked(text: str) -> tuple[str, bool]:
    """`text` with the relatives and the patients compared with blanked, and all before a follow-up
    about another patient; and whether such a follow-up was found (the patient is then the one after it)."""
    masked = _RELATIVE.sub(lambda m: m.group(0)[: m.start(1) - m.start()] + " " * len(m.group(1)), text)
    if _ASKER_AGED.search(masked):
        masked = _ASKERS_RELATIVE.sub(lambda m: m.group(0)[: m.start(1) - m.start()] + " " * len(m.group(1)), masked)
    masked = _COMPARED.sub(lambda m: " " * len(m.group(0)), masked)
    if m := _NEXT_PERSON.search(masked):
        return " " * m.start("who") + masked[m.start("who"):], True
    return masked, False


# a patient the question sets aside, to tell the one asked about from a look-alike: "the 40 yo
# woman with the headaches, not the cumulative trauma one", "not the one who fell"
_SET_ASIDE = re.compile(
    r"\bnot\s+the\s+(?:(?P<what>(?:[\w'/-]+\s+){1,5}?)(?:one|lady|guy|gal|woman|man|fellow)\b"
    r"|(?:one|lady|guy|gal|woman|man|fellow)\s+(?:with|who|whose|that)\s+(?P<told>[^,.;?!()\u2013\u2014]+?)(?=\s+-|[,.;?!()\u2013\u2014]|$))",
    re.IGNORECASE)


def patient_set_aside(text: str) -> tuple[str, str]:
    """`text` with what it tells of a patient set aside blanked, and those words ("", none)."""
    words, kept = [], text
    for m in _SET_ASIDE.finditer(text):
        words.append(m.group("what") or m.group("told") or "")
        kept = kept[:m.start()] + " " * (m.end() - m.start()) + kept[m.end():]
    return kept, " ".join(w.strip() for w in words)
