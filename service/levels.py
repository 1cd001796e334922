"""Spinal levels named in text: "L5", "L4-5", "L5-S1", "C5-C6", "T12".

    levels("Right L5-S1 epidural steroid injection") -> frozenset({"L5", "S1"})
    levels("C5-6 and C6-7 ACDF") -> frozenset({"C5", "C6", "C7"})

A question that names a level asks about that level: an item at other levels of the spine is
another item ("the R L5 TFESI", when the letter also decides an L4 one).
"""

from __future__ import annotations

import re

_MAX = {"C": 8, "T": 12, "L": 5, "S": 5}
_LEVEL = re.compile(r"(?<![\w-])([CTLS])-?(\d{1,2})(?:\s?[-/]\s?([CTLS])?-?(\d{1,2}))?(?![\w%])", re.IGNORECASE)


def levels(text: str) -> frozenset[str]:
    """The spinal levels `text` names (each vertebra of a range's two ends)."""
    out: set[str] = set()
    for m in _LEVEL.finditer(text):
        first, n1 = m.group(1).upper(), int(m.group(2))
        if not 1 <= n1 <= _MAX[first]:
            continue
        out.add(f"{first}{n1}")
        if m.group(4):
            second = (m.group(3) or first).upper()
            n2 = int(m.group(4))
            if 1 <= n2 <= _MAX[second]:
                out.add(f"{second}{n2}")
    return frozenset(out)


def levels_said(text: str) -> list[tuple[int, frozenset[str]]]:
    """Where each level or range of levels stands in `text`, and the levels it names: "was the L5 shot
    approved but the L4 denied?" -> [(8, {"L5"}), (33, {"L4"})]."""
    return [(m.start(), found) for m in _LEVEL.finditer(text) if (found := levels(m.group(0)))]

