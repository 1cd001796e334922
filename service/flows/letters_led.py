"""A search asked over letters by a fact of their own, not by a request's words: the month IMR decided
("which decisions came out in December 2016?"), the days from UR's denial to the decision ("which
cases waited more than 10 weeks?"), how the worker was hurt ("people hurt lifting something - what
did they ask for?"). Retrieval ranks by words the items do not hold, so the items the answer lists
lead the hits, in its order, as a count answer's hits already do (service.flows.count).

    letters_led(engine, query, question, filters, hits, k) -> hits
"""

from __future__ import annotations

import msgspec

from service.collection.flow import collection_answer, collection_query
from service.collection.shape import CollectionQuery
from service.engine import Engine
from service.flows.across import across_flow
from service.retrieve import retrieve_scored
from service.types import Hit
from service.understand import Query

# the collection query's conditions on a letter's own dates (the decision's month or year)
LETTER_DATES = ("date_from", "date_to")


def by_letter_fact(cq: CollectionQuery) -> bool:
    """Whether a collection query picks letters by their decision date or by the days UR's denial waited."""
    return any(cq.where.get(key) for key in LETTER_DATES) or (cq.measure == "days" and bool(cq.over or cq.under))


def letters_led(engine: Engine, query: Query, question: str, filters: dict[str, object], hits: list[Hit],
                k: int) -> list[Hit]:
    """`hits` with the items the answer over letters cites first (in its order); `hits` as they are
    for any other question."""
    if query.case_numbers:
        return hits
    cited = None
    if (over := across_flow(engine, query, question, {})) is not None:
        cited = over.citations
    elif query.kind == "count":
        unselected = {n: v for n, v in filters.items() if not (n == "decision" and query.decision)}
        read = collection_query(engine, query.text, unselected)
        if read is not None and by_letter_fact(read[0]):
            cited = collection_answer(engine, read[0], read[1], question, {}, read[2])[0].citations
    order: dict[tuple[str, int], int] = {}
    for c in cited or ():
        if c.item_index > 0:
            order.setdefault((c.case_number, c.item_index), len(order))
    if not order:
        return hits
    cases = list(dict.fromkeys(case for case, _n in order))
    theirs, _sim = retrieve_scored(engine, msgspec.structs.replace(query, decision=None),
                                   {"case_number": cases}, max(k, len(order)))
    theirs = sorted((h for h in theirs if (h.case_number, h.item_index) in order),
                    key=lambda h: order[(h.case_number, h.item_index)])
    keys = {(h.case_number, h.item_index) for h in theirs}
    return (theirs + [h for h in hits if (h.case_number, h.item_index) not in keys])[:k]
