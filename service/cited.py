"""A guideline source a list or pattern question selects plainly: "which letters cite ODG for an
MRI denial?", "lumbar MRI denials based on ACOEM", "PT requests decided under the MTUS". The
source becomes the `guideline_source` filter of the items listed (service.plan); a question
that only names a guideline ("what does ODG say about ...") selects nothing.
"""

from __future__ import annotations

import re

_SOURCES = (("ODG", r"ODG|official\s+disability\s+guidelines?"), ("MTUS", r"MTUS|medical\s+treatment\s+utilization\s+schedule"),
            ("ACOEM", r"ACOEM"))
_CITED = re.compile(
    r"\b(?:cit(?:e|es|ed|ing)|based\s+on|decided\s+(?:under|by|per|with)|under|per|using|used|us(?:e|es)|"
    r"rel(?:y|ies|ied)\s+on|relying\s+on|according\s+to|quot(?:e|es|ed|ing))\s+(?:the\s+)?(?P<source>"
    + "|".join(f"(?P<{name}>{rx})" for name, rx in _SOURCES) + r")\b", re.IGNORECASE)


def selected_source(text: str) -> str | None:
    """The guideline family (ODG, MTUS, ACOEM) `text` selects its items by, or None."""
    m = _CITED.search(text)
    if not m:
        return None
    return next(name for name, _rx in _SOURCES if m.group(name))


__all__ = ["selected_source"]
