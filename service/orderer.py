"""The provider who orders a treatment, named as the one who orders it: "my husband's psychiatrist put
him on zoloft", "my chiropractor ordered an MRI of my neck", "her physical therapist recommended a TENS
unit". The provider's word is who asks, not what is asked: the zoloft is asked, not psychological care,
and the MRI, not chiropractic. Blanked (same length) before the treatments asked are read.

A provider whose verb is followed by no treatment ("the chiropractor asked for 6 more visits") names the
care asked for in the only words the question has, and stays."""

from __future__ import annotations

import re

from indexer.treatments import find_treatments

# a provider whose own word names a treatment set ("psychiatrist": psychological care, "chiropractor":
# chiropractic), owned or not: "my psychiatrist", "his physical therapist", "the PT"
PROVIDER = (r"(?:psychiatrist|psychologist|chiropractor|chiro|acupuncturist|(?:physical|occupational)\s+therapist|"
             r"(?-i:PT|OT)|therapist|pain\s+(?:management\s+)?(?:doctor|doc|specialist|physician)|counselor|counsellor)")
# ... and the verb of ordering right after it: "ordered", "put him on", "wants her on", "switched me to"
_ORDERS = (r"(?:(?:also|then|just|now|first)\s+)?(?:ordered|orders|order|prescribed|prescribes|recommended|recommends|"
           r"suggested|suggests|requested|requests|referred\s+(?:me|him|her|them)\s+(?:for|to)|"
           r"(?:put|puts|started|starts|switched|switches|changed)\s+(?:me|him|her|them)\s+(?:on|to)|"
           r"wants?\s+(?:me|him|her|them)\s+(?:on|to\s+(?:have|get|try|do|use|start))|wanted\s+(?:me|him|her|them)\s+"
           r"(?:on|to\s+(?:have|get|try|do|use|start))|"
           r"(?:says|said|thinks|thought)\s+(?:I|he|she|they)\s+(?:need|needs|needed|should\s+(?:get|have|try))|"
           r"(?:wants?|wanted)\s+(?:to\s+(?:do|try|order|give)\s+)?)")
_ORDERER = re.compile(rf"\b(?P<who>{PROVIDER})(?P<verb>\s+{_ORDERS})(?=\s*(?P<what>[^.;!?]*))", re.IGNORECASE)


# "requests", "orders" as plural nouns: a verb of being or having right after ("PT requests were denied")
_NOUN_AFTER = re.compile(r"\s*(?:were|are|was|is|got|get|have|had|has|of|from|that|which|did|do|does)\b", re.IGNORECASE)
# the object ordered ends where a reason begins: "... because there was no urine drug screen"
_REASON = re.compile(r"\b(?:because|since|as|due\s+to|cause|cuz|so)\b", re.IGNORECASE)


def mask_orderers(text: str, verb: bool = False) -> tuple[str, list[str]]:
    """`text` with each provider told as ordering a treatment blanked (same length), and the providers; with
    `verb`, the verb of ordering too ("psychiatrist put him on": who ordered, which tells nothing of the patient)."""
    found: list[str] = []

    def blank(m: re.Match[str]) -> str:
        if _NOUN_AFTER.match(m.group("what")):
            return m.group(0)  # "which PT requests were denied ...": the requests of PT, no provider ordering
        if not find_treatments(_REASON.split(m.group("what"), 1)[0]):
            return m.group(0)  # "the chiropractor asked for 6 more visits": the chiropractor's care is what is asked
        found.append(m.group("who"))
        return " " * len(m.group(0)) if verb else " " * len(m.group("who")) + m.group("verb")

    return _ORDERER.sub(blank, text), found
