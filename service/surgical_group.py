"""A surgery's requests asked in the plural of one letter ("which of the 63 yo man's shoulder surgery requests were not
denied?"): the operation and the services that hang off it (pre-operative clearance, an assistant, the post-operative
brace, cold unit and therapy), each with its own decision (service.flows.fitting lists them all).

    asks_surgical_requests("which of his knee surgery requests were approved?") -> True
    asks_surgical_requests("was his knee surgery approved?") -> False
"""

from __future__ import annotations

import re

from service.engine import Engine

# the surgery's requests, in the plural: "surgery requests", "surgical items", "the surgeries", "the surgery and the rest"
_PLURAL = re.compile(r"\b(?:surgery|surgical|operation|op)\s+(?:requests|items|issues|services|things|stuff|orders)\b"
                     r"|\bsurgeries\b|\bsurgery\s+and\s+(?:everything|all|the\s+rest)\b", re.IGNORECASE)
# a request of the operation's own, by its title: before or after it, or assisting at it
_PERIOPERATIVE = re.compile(r"\b(?:pre|post)[- ]?op(?:erative)?\b|\bassist(?:ant)?\b|\bsurgical\s+assist", re.IGNORECASE)


def asks_surgical_requests(text: str) -> bool:
    """Whether `text` asks of a surgery's requests in the plural, its services with it."""
    return bool(_PLURAL.search(text))


def its_services(engine: Engine, case: str) -> frozenset[int]:
    """The item numbers of `case` that serve its surgery: the associated surgical services, and the requests titled as
    before, after or assisting at the operation; none when the letter requests no surgery."""
    rows = engine.store.catalog.query("SELECT item_index, category, title FROM items WHERE case_number = ?", [case])
    if not any(category == "surgery" for _n, category, _t in rows):
        return frozenset()
    return frozenset(n for n, category, title in rows
                     if category == "associated surgical service" or (category != "surgery" and _PERIOPERATIVE.search(title or "")))
