"""Patients grouped by their condition across letters: "did they approve anything for people with carpal
tunnel?", "any approvals for patients with rotator cuff tears?", "workers with a herniated disc",
"claimants with CRPS". A plural of people with a condition names every letter whose case summary names
that condition (where its diagnoses are listed); what is asked of them is asked of their letters'
requests (service.flows.condition), never of a request named by the condition's words ("people tunnel").

A summary names a condition in its own order and grammar: "rule out carpal tunnel syndrome", "status
post carpal tunnel", "the rotator cuff consistent with at least partial tear", "tear of the
supraspinatus", "herniated intervertebral disc of lumbar spine". So the condition's words that say what
is wrong (tear, herniated, fracture, syndrome, ...) may stand a few words from the words that say where
(`NEAR`), in any of their forms ("tears", "torn"); the words that say where stand together, as said
("carpal tunnels", the anatomy, is no carpal tunnel). A condition has its other names too: "CRPS" and
"reflex sympathetic dystrophy", "a herniated disc" and "herniated nucleus pulposus", sciatica and "lumbar
radiculopathy", a rotator cuff tear and a tear of one of its tendons (`_NAMES`), and a lay name its clinical
one (service.diagnosed.as_recorded).
"""

from __future__ import annotations

import re

from indexer.sentences import sentence_spans
from indexer.treatments import find_treatments
from service.age_band import BAND, NOT_AN_AGE
from service.diagnosed import as_recorded, normalised
from service.engine import Engine

I = re.IGNORECASE

_PEOPLE = (r"(?:patients|people|persons|folks|workers|injured\s+workers|employees|claimants|applicants|"
           r"women|men|ladies|guys|females|males)")
# "people with carpal tunnel", "patients who have a rotator cuff tear", "workers diagnosed with CRPS", "workers whose
# injuries came from cumulative trauma"; an age band
# between ("women over 50 with carpal tunnel", "men in their 40s with sciatica": service.groups reads it)
_GROUP = re.compile(rf"\b{_PEOPLE}\s+(?:(?:(?:who|that)\s+(?:are|were)\s+|aged?\s+)?{BAND}{NOT_AN_AGE}\s+)?(?:(?:who|that)\s+(?:have|had|has|suffer(?:ed)?\s+from|were\s+diagnosed\s+with)\s+|"
                    r"with\s+|diagnosed\s+with\s+|suffering\s+from\s+"
                    # ... or with what their injury came from: "workers whose injuries came from cumulative trauma"
                    r"|whose\s+(?:injur(?:y|ies)|claims?|conditions?|problems?)\s+(?:(?:came|come|comes|stem(?:med|s)?|resulted|"
                    r"results?|arose|arises?)\s+from|(?:was|were|is|are)\s+(?:caused\s+by|due\s+to|from))\s+)"
                    r"(?P<what>[a-z][a-z0-9/' -]*)", I)
# ... and asked of with "which" or "how many", no "who": "which patients had carpal tunnel?", "how many workers have a
# herniated disc?"
_WHICH_HAD = re.compile(rf"\b(?:which|how\s+many|what)\s+{_PEOPLE}\s+(?:have|had|has)\s+(?:a\s+|an\s+)?(?P<what>[a-z][a-z0-9/' -]*)", I)
# where the condition ends: the question goes on ("... get anything approved?", "... in their 40s")
_END = re.compile(r"\s[-\u2013\u2014].*$|\s(?:why|what|who|whose|which|when|was|were|is|are|did|does|do|and|but|got|get|gets|getting|had|has|"
                  r"have|from|at|in|after|since|because|for|asked|requested|wanted|ever|usually|generally|over|under|above|below|"
                  r"aged?|older|younger|between|"
                  r"approved|denied|overturned|upheld)\b.*$", I)
# a few people counted, not a population: "two young women with low back strain, 27 and 28", "both men with ..."
_COUNTED = re.compile(r"\b(?:two|three|four|five|both|\d+)\s+(?:[\w-]+\s+){0,2}$", I)
_LEADING = re.compile(r"^(?:(?:a|an|the|their|some|any|known|diagnosed|bad|chronic|sore)\s+)+", I)
# what a request, a decision or a count is, not a condition: "patients with denied MRIs", "people with more
# than two requests", "cases with an overturned decision"
_NOT_A_CONDITION = re.compile(r"\b(?:requests?|items?|decisions?|denials?|approvals?|letters?|appeals?|more|fewer|less|"
                              r"multiple|several|two|three|four|five|\d+|same|similar|other|no|none|nothing|"
                              # ... nor the review's parts: "patients with UR modifications", "people with a lawyer"
                              r"ur|imr|odg|mtus|acoem|reviews?|reviewers?|guidelines?|documented|documentation|cited|"
                              r"modifi\w*|expedited|lawyers?|attorneys?|adjusters?|doctors?|insurers?)\b", I)

# the words that say what is wrong, each with its forms; they may stand a few words from where
_WRONG = {"tear": r"tears?|torn|tearing", "herniated": r"herniat\w*", "herniation": r"herniat\w*",
          "fracture": r"fractur\w*", "rupture": r"ruptur\w*", "ruptured": r"ruptur\w*", "sprain": r"sprains?",
          "strain": r"strains?", "syndrome": r"syndromes?", "disease": r"diseases?", "injury": r"injur\w*",
          "radiculopathy": r"radiculopath\w*", "stenosis": r"stenos\w*", "tendinitis": r"tendin\w*|tendon\w*",
          "tendonitis": r"tendin\w*|tendon\w*", "bursitis": r"bursitis", "impingement": r"impingement",
          "arthritis": r"arthrit\w*", "osteoarthritis": r"osteoarthrit\w*", "neuropathy": r"neuropath\w*",
          "degenerative": r"degenerat\w*", "dislocation": r"dislocat\w*", "instability": r"instab\w*"}
NEAR = 8  # words: how far what is wrong may stand from where, in a summary

# a condition's other names, each family's names all of it: an abbreviation, the clinical name, one of its parts
_FAMILIES = (
    ("carpal tunnel syndrome", "carpal tunnel", "cts"),
    ("cubital tunnel syndrome", "cubital tunnel"),
    ("complex regional pain syndrome", "crps", "reflex sympathetic dystrophy", "rsd"),
    ("herniated disc", "disc herniation", "herniated nucleus pulposus", "hnp", "herniated intervertebral disc"),
    ("degenerative disc disease", "ddd"),
    # (of a group only: a patient described "with no sciatica" is told apart by the word, service.diagnosed)
    ("sciatica", "lumbar radiculopathy", "lumbosacral radiculopathy"),
    ("rotator cuff tear", "supraspinatus tear", "infraspinatus tear", "subscapularis tear", "teres minor tear"),
)
_NAMES = {name: family for family in _FAMILIES for name in family}


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def read_condition(text: str) -> str:
    """The condition a plural of people in `text` is told by, as said ("carpal tunnel", "rotator cuff
    tears", "CRPS"), or ''."""
    for m in [*_GROUP.finditer(text), *_WHICH_HAD.finditer(text)]:
        if _COUNTED.search(text[:m.start()]):
            continue
        what = _LEADING.sub("", _END.sub("", " " + m.group("what")).strip() + " ").strip(" -/'")
        if len(what) > 2 and not _NOT_A_CONDITION.search(what) and not find_treatments(what):
            return what
    return ""


def wordings(condition: str) -> tuple[str, ...]:
    """Each way a summary may name `condition` (normalised, singular): its other names, its lay name's
    clinical ones."""
    said = normalised(_LEADING.sub("", condition.strip()))
    said = said if said in _NAMES else " ".join(_singular(w) for w in said.split())  # "CRPS", "rotator cuff tears"
    names = [said, *_NAMES.get(said, ())]
    return tuple(dict.fromkeys(w for name in names for w in as_recorded(name)))


def _matcher(wording: str) -> re.Pattern[str]:
    """A pattern for `wording` in a normalised summary: the words of where together, as said, and each word of what is wrong within NEAR words before or after them."""
    words = wording.split()
    where = [w for w in words if w not in _WRONG]
    wrong = [_WRONG[w] for w in words if w in _WRONG]
    if not where:
        return re.compile(r"\b(?:" + r")\b.*?\b(?:".join(wrong) + r")\b")
    place = r"\s".join(re.escape(w) for w in where[:-1]) + (r"\s" if len(where) > 1 else "") + re.escape(where[-1])
    near = rf"(?:\S+\s){{0,{NEAR}}}?"
    if not wrong:
        return re.compile(rf"\b{place}\b")
    around = "|".join(f"(?:{w})" for w in wrong)
    # "rotator cuff consistent with at least partial tear", "tear of the supraspinatus"
    return re.compile(rf"\b(?:{place}\s{near}(?:{around})|(?:{around})\s{near}{place})\b")


# a condition only suspected, to be ruled out, or ruled out: no condition of the patient's ("rule out carpal tunnel
# syndrome", "r/o CTS", "possible left carpal tunnel", "suspected CRPS", "carpal tunnel was ruled out"); in a
# normalised summary, the hedge at most HEDGED words before the condition, or one word after it ("carpal tunnel"
# of "carpal tunnel syndrome was ruled out")
HEDGED = 2
_HEDGE_BEFORE = re.compile(r"\b(?:rule\s+outs?|ruled\s+out|to\s+rule\s+out|r\s+o|possible|possibly|probable|suspected|"
                           r"suspect|suspicion\s+(?:of|for)|suspicious\s+(?:of|for)|questionable|query|concern\s+for|"
                           r"versus|vs|no\s+evidence\s+of|negative\s+for|not\s+consistent\s+with)\s+(?:\S+\s+){0,%d}$" % HEDGED)
_HEDGE_AFTER = re.compile(r"^\s*(?:\S+\s+)?(?:(?:was|is|were|has\s+been|had\s+been)\s+)?(?:ruled\s+out|suspected|not\s+confirmed|"
                          r"unconfirmed)\b")


def names_condition(condition: str, summary: str) -> bool:
    """Whether `summary` (a case summary's text) names `condition` in any of its wordings, as the patient's:
    not only suspected or ruled out (`_HEDGE_BEFORE`, `_HEDGE_AFTER`)."""
    text = " " + normalised(summary) + " "
    return any(not _HEDGE_BEFORE.search(text[:m.start()].rstrip() + " ") and not _HEDGE_AFTER.match(text[m.end():])
               for w in wordings(condition) for m in _matcher(w).finditer(text))


def condition_letters(engine: Engine, condition: str) -> tuple[str, ...]:
    """The case numbers of the letters whose case summary names `condition`, in case order."""
    rows = engine.store.catalog.query(
        "SELECT l.case_number, group_concat(c.text, ' ') FROM letters l "
        "JOIN chunks c ON c.letter_id = l.id AND c.section = 'summary' GROUP BY l.id ORDER BY l.case_number")
    return tuple(case for case, summary in rows if names_condition(condition, summary or ""))


def naming_sentence(text: str, span: tuple[int, int], condition: str) -> tuple[int, int] | None:
    """The span of the first sentence of the summary at `span` of `text` that names `condition`, or None."""
    for start, end in sentence_spans(text, *span):
        if names_condition(condition, text[start:end]):
            return start, end
    return None


__all__ = ["condition_letters", "names_condition", "naming_sentence", "read_condition", "wordings"]
