"""A reason offered that says no surgery was planned, of a request that fell with a surgery not approved: "was the
post-op PT denied because no surgery was planned?" of an "Associated surgical service" whose surgery was asked for and
denied. The surgery was planned, and asked for; it was not approved: "No: the surgery was asked for, but it was not
approved, and this request fell with it [1]." (not "Yes, the reviewer gave that reason")."""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.model import Item, Span

I = re.IGNORECASE
_SURGERY = r"(?:surgery|surgeries|operation|procedure|shoulder\s+surgery|knee\s+surgery|back\s+surgery)"
# "no surgery was planned", "there was no surgery scheduled", "the surgery wasn't scheduled", "he wasn't having surgery"
_UNPLANNED = re.compile(
    rf"\b(?:no|not\s+any|never\s+an?)\s+{_SURGERY}\s+(?:was\s+|were\s+|being\s+|had\s+been\s+)?(?:planned|scheduled|booked|set\s+up|"
    r"requested|asked\s+for|going\s+to\s+happen|coming\s+up|on\s+the\s+(?:books|calendar))\b"
    rf"|\b(?:the\s+|his\s+|her\s+|a\s+)?{_SURGERY}\s+(?:was|is|were)\s*(?:n[o']t|not)\s+(?:(?:even|yet|really)\s+)?(?:planned|scheduled|"
    r"booked|set\s+up|requested|asked\s+for|happening|going\s+to\s+happen)\b"
    rf"|\b(?:wasn't|was\s+not|isn't|is\s+not|weren't)\s+(?:even\s+)?(?:having|getting|going\s+to\s+have|scheduled\s+for)\s+(?:the\s+|a\s+|any\s+)?{_SURGERY}\b"
    rf"|\bno\s+{_SURGERY}\s+(?:at\s+all|to\s+recover\s+from)\b", I)


def unplanned_offered(text: str) -> bool:
    """Whether `text` offers as the reason that no surgery was planned."""
    return _UNPLANNED.search(text) is not None


def surgery_was_asked(text: str, item: Item, mark: Callable[[tuple[Span, ...]], int] | None = None) -> str:
    """ "No: the surgery was asked for, ..." when `text` offers that no surgery was planned and the reviewer denied
    `item` for its surgery not approved; else ''."""
    if not unplanned_offered(text) or item.decision != "Upheld":
        return ""
    spans = next((r.spans for r in item.reasons if r.code == "primary_not_approved"), None)
    if spans is None:
        return ""
    cited = f" [{mark(spans)}]" if mark and spans else ""
    return f"No: the surgery was asked for, but it was not approved, and this request fell with it{cited}."


__all__ = ["surgery_was_asked", "unplanned_offered"]
