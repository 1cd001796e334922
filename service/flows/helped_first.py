""""did IMR help her at all?" of a patient described: the approvals of that worker's letters (the letter the
search put first and the same worker's others, service.patients.same_worker) lead the hits, as the answer's
yes leads with them; then the rest of that worker's items, then the others in their order.

    helped_first(engine, query, hits) -> hits
"""

from __future__ import annotations

import re

from service.engine import Engine
from service.outcomes import HELPED_AT_ALL
from service.patients import same_worker
from service.types import Hit
from service.understand import Query

_HELPED = re.compile(rf"\b{HELPED_AT_ALL}\b", re.IGNORECASE)


def helped_first(engine: Engine, query: Query, hits: list[Hit]) -> list[Hit]:
    items = [h for h in hits if h.item_index > 0]
    if query.kind != "item" or query.case_numbers or not items or not _HELPED.search(query.text):
        return hits
    worker = {items[0].case_number, *same_worker(engine, items[0].case_number)}

    def place(h: Hit) -> int:
        if h.case_number not in worker:
            return 2
        return 0 if h.decision == "Overturned" else 1

    return sorted(hits, key=place)  # stable: each group in the search's order
