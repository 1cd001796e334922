"""An age band, as people say it: "over 60", "under 40", "60 and over", "50+", "in their 20s", "aged
30-39", "between 30 and 40". One reader of bands for a group of patients (service.groups: "women over
60") and for one patient told by a band (service.people: "the woman over 50", "the guy under 40").
"""

from __future__ import annotations

import re

DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                "eighties": 80}
BAND = (r"(?:(?:over|above|older\s+than)\s+(?:age\s+)?(?P<over>\d{2})"
        r"|(?:under|below|younger\s+than)\s+(?:age\s+)?(?P<under>\d{2})"
        r"|(?P<up>\d{2})\s*(?:\+|(?:years?\s+(?:old\s+)?)?(?:and|or)\s+(?:over|up|older|above))"
        r"|(?P<down>\d{2})\s*(?:years?\s+(?:old\s+)?)?(?:and|or)\s+(?:under|younger|below)"
        r"|in\s+(?:their|his|her)\s+(?:(?P<part>early|mid|late)[- ]?)?(?:(?P<decade>[2-8]0)['’]?s|(?P<word>"
        + "|".join(DECADE_WORDS) + r"))"
        r"|aged?\s+(?P<low>\d{2})\s*(?:-|to)\s*(?P<high>\d{2})"
        r"|between\s+(?:(?:the\s+)?ages?\s+(?:of\s+)?)?(?P<from>\d{2})\s+and\s+(?P<to>\d{2}))")
# what a number after "over" or "under" counts when it is no age: "over 50 visits", "under 40 mg"
NOT_AN_AGE = r"(?!\s*(?:%|percent|mg|items?|requests?|visits?|sessions?|days?|weeks?|months?|pills?))"
_PARTS = {"early": (0, 3), "mid": (3, 7), "late": (6, 9)}


def band(m: re.Match) -> tuple[int | None, int | None]:
    """The ages, inclusive, that a match of `BAND` keeps: "over 50" (51, None), "in their 20s" (20, 29)."""
    g = m.groupdict()
    if g["over"]:
        return int(g["over"]) + 1, None
    if g["under"]:
        return None, int(g["under"]) - 1
    if g["up"]:
        return int(g["up"]), None
    if g["down"]:
        return None, int(g["down"])
    if g["decade"] or g["word"]:
        base = int(g["decade"]) if g["decade"] else DECADE_WORDS[g["word"].lower()]
        low, high = _PARTS.get((g["part"] or "").lower(), (0, 9))
        return base + low, base + high
    if g["low"]:
        return int(g["low"]), int(g["high"])
    return int(g["from"]), int(g["to"])
