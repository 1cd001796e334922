"""Whether a question is about requests utilization review partly authorised, whose remainder IMR
decided ("when UR okays the first 6 visits and the rest goes to IMR", "the remaining portion",
"partly certified"): a list or pattern over such requests is scoped to them (service.plan), as the
collection's `modified` filter is (service.collection.lexicon)."""

from __future__ import annotations

import re

from service.collection.lexicon import _MODIFIED, REST_TO_IMR

# the heading of a request UR partly authorised: "... was the original request. ... was authorized by
# the Claims Administrator. The remaining IMR eligible portion ..."
MODIFIED = re.compile(r"\boriginal\s+request\b|\bremaining\s+IMR\s+eligible\s+portion\b", re.IGNORECASE)
WHOLE = "Utilization review authorised no part of this request: IMR decided the whole of it."


# "working modified duty": the patient's work, no request modified
_NOT_A_REQUEST = re.compile(r"\bmodified\s+(?:duty|duties|work|activit\w*|job|schedule|hours|diet|position|stance|gait|"
                            r"program)\b", re.IGNORECASE)


def partly_words(text: str) -> re.Match[str] | None:
    """The words by which `text` speaks of requests UR partly authorised, the rest decided by IMR."""
    text = _NOT_A_REQUEST.sub(lambda m: " " * len(m.group(0)), text)
    return _MODIFIED.search(text) or REST_TO_IMR.search(text)


def partly_authorised(text: str) -> bool:
    """Whether `text` speaks of requests UR partly authorised, the rest decided by IMR."""
    return partly_words(text) is not None


# whether it ever (or always, usually) happens: "does IMR ever approve the remaining portion?"
_EVER = re.compile(r"\b(?:ever|always|usually|typically|generally|normally|tend\s+to)\b", re.IGNORECASE)


def remainder_ever(text: str) -> re.Match[str] | None:
    """Whether `text` asks whether IMR ever (or always, usually) decides the remainders of partly
    authorised requests one way ("When UR authorizes part of a request and the rest goes to IMR,
    does IMR ever approve the remaining portion?"): a count over every such remainder."""
    return partly_words(text) if _EVER.search(text) else None


# one person's request of which a part was given and the rest is asked about: "they gave me 10, what happened
# to the other 2?", "UR approved 63 of my 90 pills - and the rest?" (the giver said or not)
_GAVE_PART = re.compile(r"\b(?:gave|given|approved|okayed|ok['’]?d|authori[sz]ed|allowed|certified|let\s+(?:me|him|her|them)\s+have)"
                        # ... to whom, a pronoun or a patient told: "UR gave the 50 year old 6 acupuncture sessions"
                        r"\s+(?:(?:me|him|her|them|us|the\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+)?(?:only\s+|just\s+)?(?:\d{1,4}|[a-z]+(?:[\s-][a-z]+)?\s+of\b)"
                        # ... or a request cut down to a part: "UR cut my PT from 12 to 10 visits"
                        r"|\b(?:cut|reduced|trimmed|cut\s+back|cut\s+down)\s+(?:[\w'’-]+\s+){0,3}?(?:from\s+\d{1,4}\s+)?to\s+\d{1,4}\b",
                        re.IGNORECASE)
_THE_REST_ASKED = re.compile(r"\b(?:the|those)\s+(?:other|remaining|last|missing|leftover)\s+(?:\d{1,4}|[a-z]+)\b"
                             r"|\bthe\s+rest\b|\b(?:what|whats|what's)\s+(?:was\s+)?left\b", re.IGNORECASE)


def part_given_rest_asked(text: str) -> bool:
    """Whether `text` tells that a part of one request was given and asks of the rest: the items UR
    partly authorised are the likelier ones."""
    return bool(_GAVE_PART.search(text) and _THE_REST_ASKED.search(text))
