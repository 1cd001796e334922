"""A follow-up that names a body part and no treatment: "was the CT approved? what about his knee?"
asks of the CT, then of the patient's requests for the knee, whatever they were; not of a knee CT.
The body part is kept apart from the treatment asked (service.understand: Query.regions_after) and
the answer adds the letter's requests for it, or says it has none (service.flows.item)."""

from __future__ import annotations

import re

from indexer.taxonomy import find_regions
from indexer.treatments import find_treatments
from service.asking import WHAT_ABOUT

# "... ? what about his knee?", "... - and how about the left shoulder?", "... . what about her low back one"
_AFTER = re.compile(r"(?:[?.!;]|\s[-\u2013\u2014]+)" + WHAT_ABOUT.pattern +
                    r"\s+(?:(?:the|his|her|their|my|your|that|this)\s+)?(?P<part>[^?.!;]+?)\s*[?.!]*\s*$", re.IGNORECASE)
# the words a body part may come with: its side, "one", "stuff"
_WITH_A_PART = re.compile(r"\b(?:left|right|both|bilateral|one|ones|stuff|things?|requests?|side|too|also|as\s+well|then)\b",
                          re.IGNORECASE)


def regions_after(text: str) -> tuple[str, ...]:
    """The body regions (indexer.taxonomy) a last "what about ...?" names, when it names a body part and
    nothing else, after a question that names a treatment and not that body part; else ()."""
    m = _AFTER.search(text)
    if not m or find_treatments(m.group("part")) or not find_treatments(text[: m.start()]):
        return ()
    found = find_regions(m.group("part"))
    rest = m.group("part")
    for _region, words in found:
        rest = rest.replace(words, " ")
    if not found or _WITH_A_PART.sub(" ", rest).strip():
        return ()  # "what about the 57 yo man?", "what about his knee surgery after?"
    before = {r for r, _w in find_regions(text[: m.start()])}
    return tuple(r for r, _w in found if r not in before)


__all__ = ["regions_after"]
