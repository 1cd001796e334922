"""How the patients were hurt, asked across letters: "which patients fell at work?", "how many injuries
were from falls?", "anyone hurt lifting?", "car accidents?".

    asked_mechanism(text) -> Mechanism | None      (the group of mechanisms asked, and whether counted)
    told(letter, group) -> Span | None            (the case summary's sentence that tells it)

A letter tells a mechanism only where its case summary says how the injury happened: the sentence of
the mechanism of injury ("The mechanism of injury is detailed as a trip and fall.", "... sustained an
industrial injury ... when he fainted and fell."), or a sentence that says the injury came of it ("pain
attributed to an industrial motor vehicle accident", "low back pain post MVA", "status post being punched").
"Pain is worse with lifting" or "no lifting over 20 pounds" tells no mechanism.
"""

from __future__ import annotations

import re

import msgspec

from indexer.model import Letter, Span
from service.across import BARE, COUNT, OPENING
from service.compose.patient_facts import _HOW, _MECHANISM_SAID, _UNTOLD, _sentences
from service.mechanism import MECHANISMS, mechanisms

I = re.IGNORECASE
# the groups asked, of service.mechanism's mechanisms ("fell off a ladder", "slipped and fell": a fall)
GROUPS = {"fall": "fall", "ladder": "fall", "slip or trip": "fall", "chair": "fall", "lifting": "lifting",
          "vehicle": "vehicle", "cumulative trauma": "cumulative trauma", "assault": "struck", "crush": "struck",
          "fainted": "fainted"}
WORDS = {"fall": "a fall", "lifting": "lifting", "vehicle": "a motor vehicle accident",
         "cumulative trauma": "cumulative (repetitive) trauma", "struck": "being struck, hit or crushed",
         "fainted": "fainting"}
# words a case summary telling each group has (some of them), for the catalog to pick the summaries worth reading
STEMS = {"fall": ("fell", "fall", "slip", "trip", "ladder", "chair", "stool"), "lifting": ("lift",),
         "vehicle": ("vehicle", "MVA", "MVC", "car ", "auto", "truck", "rear"), "cumulative trauma": ("cumulative", "repetitive"),
         "struck": ("struck", "hit ", "punch", "assault", "attack", "smash", "crush", "squash", "jam", "slam", "pinch",
                    "caught"),
         "fainted": ("faint", "syncop", "passed out")}
# what service.mechanism does not read of a question across letters: "from falls", "hurt in falls", "struck by"
_MORE_ASKED = (("fall", re.compile(r"\b(?:from|by|in|after|of)\s+(?:a\s+)?falls?\b|\bfalls?\s+at\s+work\b", I)),
               ("struck", re.compile(r"\b(?:struck|hit)\s+by\b", I)))
_STRUCK_SAID = re.compile(r"\b(?:struck|hit)\s+by\b", I)
# a sentence that says the injury came of what follows: "attributed to an industrial motor vehicle accident", "post MVA"
_CAUSE_BEFORE = re.compile(r"\b(?:attributed\s+to|due\s+to|caused\s+by|after|following|status\s+post|s/p|post|"
                           r"work[- ]related|industrial|sustained|suffered)\W+(?:[\w-]+\W+){0,3}$", I)


class Mechanism(msgspec.Struct, frozen=True, kw_only=True):
    group: str  # a key of WORDS
    count: bool = False


def asked_mechanism(text: str) -> Mechanism | None:
    """The group of mechanisms a question across letters asks of; None for any other question."""
    if not OPENING.search(text) and len(re.findall(r"[\w'-]+", text)) > BARE:
        return None
    told = [GROUPS[n] for n in mechanisms(text) if n in GROUPS]
    told += [group for group, pattern in _MORE_ASKED if pattern.search(text)]
    if not told:
        return None
    return Mechanism(group=told[0], count=bool(COUNT.search(text)))


# the patients a mechanism tells, as the subject of a question of their requests: "people who got hurt lifting something
# at work - what did they ask IMR for and did any of it get approved?", "workers who fell - was anything approved?"
_THOSE_HURT = re.compile(r"^\W*(?:(?:and|so|what\s+about)\s+)?(?:the\s+|all\s+(?:the\s+)?)?(?:people|patients|workers|employees|"
                         r"claimants|folks|ones|everyone|anyone|anybody)\s+(?:who|that)\s+(?:got\s+|were\s+|was\s+)?"
                         r"(?:hurt|injured|fell|slipped|tripped|were\s+in|was\s+in|had)\b"
                         # ... or after the requests asked: "was anything approved for patients who fell?"
                         r"|\b(?:for|of|to|among)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:people|patients|workers|employees|claimants|folks|"
                         r"those|anyone|anybody)\s+(?:who|that)\s+(?:got\s+|were\s+|was\s+|had\s+)?(?:hurt|injured|fell|slipped|tripped)\b"
                         # ... or the cases where it happened: "any case where the reviewer approved something because the
                         # patient fell?", "which cases where the worker slipped got an approval?"
                         r"|\b(?:any|which|what)\s+(?:cases?|letters?|claims?|files?)\s+(?:where|when|in\s+which)\b[^?.;]{0,80}?"
                         r"\b(?:because|where|when|after|since)\s+(?:the\s+)?(?:patient|worker|employee|claimant|injured\s+worker|person)\s+"
                         r"(?:had\s+)?(?:fell|slipped|tripped|got\s+hurt|was\s+hurt|was\s+injured|got\s+injured)\b", I)


def group_mechanism(text: str) -> Mechanism | None:
    """The mechanism of the patients a question of their requests opens with ("people who got hurt lifting ... what
    did they ask for?"), else None."""
    if not _THOSE_HURT.search(text):
        return None
    told = [GROUPS[n] for n in mechanisms(text) if n in GROUPS]
    told += [group for group, pattern in _MORE_ASKED if pattern.search(text)]
    return Mechanism(group=told[0]) if told else None


def _said(group: str, sentence: str) -> list[re.Match[str]]:
    names = [n for n, g in GROUPS.items() if g == group]
    found = [m for n, _asked, said in MECHANISMS if n in names for m in said.finditer(sentence)]
    if group == "struck":
        found += list(_STRUCK_SAID.finditer(sentence))
    return found


def told(letter: Letter, group: str) -> Span | None:
    """The span of the case summary's sentence that tells the injury happened by `group`, else None."""
    spans = _sentences(letter)
    for span in spans:
        sentence = letter.text[span[0]:span[1]]
        if (_MECHANISM_SAID.search(sentence) or _HOW.search(sentence)) and not _UNTOLD.search(sentence) \
                and _said(group, sentence):
            return span
    for span in spans:
        sentence = letter.text[span[0]:span[1]]
        if any(_CAUSE_BEFORE.search(sentence[max(0, m.start() - 40):m.start()]) for m in _said(group, sentence)):
            return span
    return None
