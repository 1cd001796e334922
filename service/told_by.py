"""A request that only tells who the patient is ("the 33 yo woman with the neck MRI - cortisone shot approved?"): the
MRI is said in the description of the patient, before the question goes on after a dash, a comma or a colon, and the
question's yes or no is of the other thing (service.flows.item: when her letter lacks that, no yes or no of the MRI).

    told_as_who("the 33 yo woman with the neck MRI - cortisone shot approved?", "MRI") -> True
    told_as_who("was the 33 yo woman's neck MRI approved?", "MRI") -> False
"""

from __future__ import annotations

import re

# the person described: "the 33 yo woman", "the 61 year old lady", "my husband", "the patient", "the guy"
_PERSON = (r"(?:\d{1,2}\s*(?:yo|y/o|yr?s?\s+old|years?[\s-]+old|year[\s-]+old)\b[\w\s-]{0,12}?|(?:wo)?man|lady|guy|"
           r"gentleman|patient|worker|claimant|applicant|husband|wife|mom|mother|dad|father|son|daughter|client)")
# ... then the thing told of the person: "with the neck MRI", "who had the shoulder MRI", "that got the TENS unit"
_TOLD = re.compile(rf"\b{_PERSON},?\s+(?:with|who\s+(?:had|has|got|asked\s+for)|that\s+(?:had|has|got))\s+"
                   r"(?P<thing>[^,;:?!\u2013\u2014]{1,60}?)\s*(?:[,;:\u2013\u2014]|\s-+\s|\s*\?|$)", re.IGNORECASE)


def told_as_who(text: str, word: str) -> bool:
    """Whether the treatment word `word` is said only in a description of the patient in `text` (each time it occurs),
    with more of the question after it."""
    places = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)]
    if not places:
        return False
    spans = [(m.start("thing"), m.end("thing"), m.end()) for m in _TOLD.finditer(text)]
    # (the question goes on after the description: "the 61 yo woman with the hip MRI?" asks of the MRI)
    return all(any(a <= at < b and text[end:].strip(" ?.!") for a, b, end in spans) for at in places)
