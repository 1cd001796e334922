"""Questions asked of the reviewers of a kind of request, across letters: "which reviewers approved
acupuncture?", "what kind of doctors denied the MRI requests?", "who reviewed the MRI denials?",
"what specialties reviewed the acupuncture requests?".

A letter names its reviewer by specialty and board certification, not by name, so the answer is
the letters of that kind grouped by their reviewer's specialty (service.flows.reviewers). One
reviewer asked of ("which reviewer denied her MRI?", "what did the reviewer say about the
acupuncture?"), a case or a patient named, or a specialty named ("which orthopedic surgeon
reviewers denied ...": service.reviewers scopes those) is no such question.

    asks_reviewers("which reviewers approved acupuncture?") -> True
    asks_reviewers("was the chiropractor approved?") -> False
"""

from __future__ import annotations

import re

from service.reviewers import SPECIALTY_WORDS, specialty_named

# what a reviewer did to the requests: "approved", "denied", "reviewed", "decided on", "turned down"
_DID = (r"(?:approv|den(?:y|ie|ial)|overturn|uph[eo]ld|decid|review|reject|refus|rul|handl|authori[sz]|certif)\w*"
        r"|turn(?:ed|s)?\s+down|said\s+no\s+to")
_ASKED = re.compile(
    r"(?:^|[.?!;:]\s*|\s[-\u2013\u2014]+\s*)(?:(?:and|so|ok(?:ay)?|then)\s*,?\s+)?(?:"
    # "which reviewers approved ...", "what doctors denied ...", "which specialties reviewed ..."
    r"(?:(?:which|what)\s+(?:IMR\s+)?(?:reviewers|doctors|physicians|specialists|(?:reviewer\s+)?specialties)"
    # "what kind of doctors denied ...", "what type of reviewer approved ..."
    r"|(?:which|what)\s+(?:kinds?|types?|sorts?)\s+of\s+(?:IMR\s+)?(?:reviewers?|doctors?|physicians?|specialists?))"
    rf"\s+(?:(?:have|had|has|did|do|usually|typically|actually|ever|all)\s+)*(?:{_DID})\b"
    # "who reviewed the MRI denials?", "who denied the acupuncture requests?" (things in the plural, no
    # one's: not "who reviewed her MRIs?"; a question of its own, not "the reviewers who denied MRIs")
    rf"|who\s+(?:(?:were|was)\s+(?:the\s+)?(?:ones?\s+|doctors?\s+|reviewers?\s+)?(?:that|who)\s+)?(?:{_DID})\s+"
    r"(?:(?:all|each|every)\s+(?:of\s+)?)?(?:the\s+|those\s+|these\s+)?"
    r"(?!(?:his|her|my|their|its|it|him|them|our|your)\b)(?:[\w/-]+\s+){0,3}?[\w/-]*[a-z]s\b(?!['’]))",
    re.IGNORECASE)


# one specialty's reviewers compared with the others: "are orthopedic surgeons harder on surgery requests?", "do family
# practice reviewers deny more MRIs than other reviewers?" (a pattern over the collection, counted by specialty; not
# one letter's reviewer)
_STANCE = re.compile(
    rf"\b(?:are|were|is|do|does|did)\s+(?:the\s+)?(?P<who>{SPECIALTY_WORDS})(?:\s+(?:reviewers?|doctors?|physicians?|MDs?))?\s+"
    r"(?:any\s+|much\s+|usually\s+|generally\s+|really\s+|typically\s+)?"
    r"(?:harder|stricter|tougher|easier|softer|kinder|rougher|more\s+(?:lenient|strict|generous|likely|often)|less\s+"
    r"(?:lenient|strict|generous|likely|often)|(?:deny|denying|approve|approving|overturn|uphold)\s+(?:more|less|fewer)"
    r"|(?:deny|approve|overturn|uphold)\s+(?:[\w/-]+\s+){0,3}?(?:more|less)\s+(?:often|than))\b"
    # ... or any specialty against the rest: "... than other reviewers?", "compared with other specialties"
    r"|\b(?:than|versus|vs\.?|compared\s+(?:to|with))\s+(?:the\s+)?other\s+(?:reviewers|specialties|doctors|physicians)\b",
    re.IGNORECASE)


def compares_specialty(text: str) -> bool:
    """Whether `text` compares one reviewer specialty with the others ("are orthopedic surgeons harder on surgery
    requests?"): answered by the letters of the kind asked, counted by their reviewer's specialty."""
    return bool(_STANCE.search(text))


def specialty_compared(text: str) -> str | None:
    """The specialty `text` compares with the others ("are orthopedic surgeons harder ...?": "Orthopedic Surgery"),
    or None (none named, or "... than other reviewers" of no one specialty)."""
    m = _STANCE.search(text)
    return specialty_named(m.group("who")) if m and m.group("who") else None


def asks_reviewers(text: str) -> bool:
    """Whether `text` asks which reviewers (by specialty) decided requests of a kind, across letters, or compares one
    specialty with the others."""
    return bool(_ASKED.search(text)) or compares_specialty(text)
