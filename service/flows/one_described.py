"""The letter a description fits clearly keeps its place in a search: "the 34 yo guy whose neck MRI got turned
down - was that because he didn't do PT first?" ranks other letters' rationales about physical therapy above
his MRI, yet the answer is about his letter (service.patients.the_one); its items of the treatment asked are
put first when none of them is among the hits.

    with_described(engine, query, filters, hits, matches, k) -> hits
"""

from __future__ import annotations

from service.engine import Engine
from service.gather import asked_sets
from service.patients import the_one
from service.retrieve import retrieve_scored
from service.types import Hit
from service.understand import Query


def with_described(engine: Engine, query: Query, filters: dict[str, object], hits: list[Hit],
                   matches: dict[str, float], k: int) -> list[Hit]:
    one = the_one(matches)
    if one is None or query.case_numbers or any(h.case_number == one and h.item_index > 0 for h in hits):
        return hits
    sets = asked_sets(query)
    theirs, _sim = retrieve_scored(engine, query, {**filters, "case_number": [one]}, k, person=matches)
    theirs = [h for h in theirs if h.item_index > 0 and (not sets or set(sets) & set(h.treatments))]
    if not theirs:
        return hits
    return (theirs + [h for h in hits if h.chunk_id not in {t.chunk_id for t in theirs}])[:k]
