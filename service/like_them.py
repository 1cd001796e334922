"""Patients like the one described, asked of across letters: "my husband is 53, hurt his back lifting boxes and
they denied his MRI. anyone like that get approved?" asks whether others like him got theirs approved, not what
his own letter decided. It is read as the question about their group: the sex and the decade of the age told,
the thing told of them, the outcome asked ("did any men in their 50s get a back MRI approved?"), which the list
flow answers across letters (service.groups reads the group)."""

from __future__ import annotations

import re

from service.outcomes import read_outcomes
from service.understand import Query

I = re.IGNORECASE
# "anyone like that", "anybody like him", "others like her", "people like me", "someone in the same boat"
LIKE = re.compile(r"\b(?:any(?:one|body)|some(?:one|body)|others|other\s+(?:people|patients|workers|guys|men|women|ladies)|"
                  r"people|patients|workers|guys|men|women|ladies)\s+(?:else\s+)?(?:(?:just|kind\s+of)\s+)?"
                  r"(?:like\s+(?:that|him|her|them|me|this|us|mine|his|hers)|in\s+the\s+same\s+(?:boat|situation|spot))\b", I)
_NOUN = {"male": "men", "female": "women"}


def like_them(query: Query) -> str:
    """The question about the group of patients like the one `query` describes, when it asks of "anyone like
    that" (LIKE) after a description with an age or a sex; else ''."""
    like = LIKE.search(query.text)
    person = query.person
    if not like or not person.described or (person.age is None and not person.sex):
        return ""
    who = _NOUN.get(person.sex or "", "patients")
    band = f" in their {person.age // 10 * 10}s" if person.age is not None and 20 <= person.age < 90 else ""
    asked = [o for o in read_outcomes(query.text[like.start():]).found]
    outcome = "denied" if asked and asked[0].decision == "Upheld" else "approved"
    told = " ".join(dict.fromkeys([*query.region_words, *query.treatment_words]))
    thing = f"{'an' if told[0].lower() in 'aeiou' else 'a'} {told}" if told else "anything"
    return f"did any {who}{band} get {thing} {outcome}?"
