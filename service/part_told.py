"""The body part told right at a treatment's words: "the man with the acupuncture and the neck MRI"
asks of an MRI of the neck (and of acupuncture anywhere), "acupuncture for his neck" of acupuncture
for the neck. service.patients then looks for the letter holding each treatment at its part, not a
letter whose MRI is of the low back."""

from __future__ import annotations

import re

from indexer.taxonomy import find_regions
from indexer.treatments import find_treatments

# the words that end the phrase a body part before the treatment belongs to ("the neck MRI": "neck")
_PHRASE_STOP = re.compile(r"\b(?:and|or|with|plus|the|a|an|his|her|their|my|your|had|has|got|for|of|on|was|were|is|"
                          r"also|then|but)\b|[,;:?!.()&+]", re.IGNORECASE)
# the body part told after it ("MRI of the neck", "acupuncture for the lower back")
_AFTER = re.compile(r"\s+(?:of|for|on|to|in|at)\s+(?:(?:the|his|her|their|my|your|both)\s+)?([\w/-]+(?:\s+[\w/-]+)?)",
                    re.IGNORECASE)


# a body part listed before another, up to the "and", "or" or comma that joins them: "neck and " of "neck and mid back"
_LISTED = re.compile(r"(?:^|(?<=[\s(]))((?:[\w/-]+\s+)?[\w/-]+)\s*(?:,\s*(?:(?:and|or)\s*)?|\s+(?:and|or|&|\+)\s*)$",
                     re.IGNORECASE)


def parts_told(text: str) -> dict[str, frozenset[str]]:
    """Treatment set (indexer.treatments) -> the body regions (indexer.taxonomy) told right before or
    after the words that name it; a set told with no part is left out."""
    out: dict[str, frozenset[str]] = {}
    for treatment, words in find_treatments(text):
        m = re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text, re.IGNORECASE)
        if not m:
            continue
        prefix = text[: m.start()]
        before = _PHRASE_STOP.split(prefix)[-1]
        after = _AFTER.match(text, m.end())
        regions = {r for r, _w in find_regions(before)} | ({r for r, _w in find_regions(after.group(1))} if after else set())
        if before.strip() and regions:
            # ... and the parts listed before it: "neck and mid back MRIs", "neck, low back and hand MRIs"
            rest = prefix[: len(prefix) - len(before)]
            while (listed := _LISTED.search(rest)) and (said := find_regions(listed.group(1))) and not find_treatments(
                    listed.group(1)):
                regions |= {r for r, _w in said}
                rest = rest[: listed.start(1)]
        if regions:
            out[treatment] = frozenset(regions)
    return out


__all__ = ["parts_told"]
