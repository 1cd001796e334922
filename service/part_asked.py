"""The body part a yes/no or a choice asks of a request told before it is the question, not where to look:
"the 27 yo woman's chiropractic - was it for her neck?" asks of her chiropractic (for the lumbar spine) whether it
was for the neck. When the letter has no such request at that part, the request is answered without the part
(service.compose.body_part says "No: ... is for the low back"), not "her letter has no neck chiropractic"."""

from __future__ import annotations

import re

import msgspec

from indexer.taxonomy import find_regions
from indexer.treatments import find_treatments
from service.compose.body_part import part_clause
from service.engine import Engine
from service.gather import case_items
from service.patients import letter_matches, the_one
from service.scope import asked_sets
from service.understand import Query


def without_part_asked(query: Query) -> Query | None:
    """`query` without the body regions its yes/no or choice of a part names ("- was it for her neck?"), when a
    request is told before that clause and the clause alone names the regions; else None."""
    if not query.body_regions or (span := part_clause(query.text)) is None:
        return None
    before, clause = query.text[:span[0]], query.text[span[0]:span[1]]
    if not find_treatments(before) or find_regions(before):
        return None  # ("the MRI of his neck - was it for the left side?": the part told is where to look)
    asked = {r for r, _w in find_regions(clause)}
    if not asked or not set(query.body_regions) <= asked:
        return None
    words = {w.lower() for _r, w in find_regions(clause)}
    search = query.search_text
    for w in words:
        search = re.sub(rf"(?<!\w){re.escape(w)}(?!\w)", " ", search, flags=re.IGNORECASE)
    return msgspec.structs.replace(query, body_regions=(), region_words=(), search_text=search,
                                   notes=(*query.notes, "body region: the part a yes/no asks of the request, not where to look"))


def part_not_theirs(engine: Engine, query: Query, filters: dict[str, object]) -> Query | None:
    """`query` without the part its yes/no asks (without_part_asked), when the one letter asked of (the case named, or
    the one the patient described fits) has a request of the treatment asked and none at that part: "the 46 yo man's
    physical therapy - was it for his knee?" of his PT for the shoulders (his, the part answered "No"); else None."""
    if (unparted := without_part_asked(query)) is None or not (sets := asked_sets(query)):
        return None
    if len(query.case_numbers) > 1:
        return None
    if query.case_numbers:
        case = query.case_numbers[0]
    else:
        matches = letter_matches(engine, unparted, filters)
        case = the_one(matches)
        if case is None and matches:
            # several fit as well ("the 46 yo man": two letters): the one of the best-fitting that has the treatment asked
            best = max(matches.values())
            having_it = [c for c, fit in matches.items()
                         if fit >= best - 1e-9 and any(set(sets) & set(row[3]) for row in case_items(engine, c))]
            case = having_it[0] if len(having_it) == 1 else None
    if case is None:
        return None
    having = [row for row in case_items(engine, case) if set(sets) & set(row[3])]
    if not having or any(set(query.body_regions) & set(row[4]) for row in having):
        return None  # (none of it, or one at that part: the part is where to look)
    return unparted


__all__ = ["part_not_theirs", "without_part_asked"]
