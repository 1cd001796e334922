"""Plan: what kind of answer a question gets, and what filters and what only ranks.

Filters are the client's own, the case numbers the question names, and an outcome the user
selected plainly (`Query.decision`), and for a list or pattern a guideline source it selects plainly
("which letters cite ODG for an MRI denial?", service.cited). Everything else understood (treatment, region, patient,
outcome words in other roles) ranks or scopes, never filters.
"""

from __future__ import annotations

from typing import Literal

import msgspec

from service.cited import selected_source
from service.conditions import population
from service.outcomes import asks_usual, names_both
from service.partly import partly_authorised
from service.retrieve import effective_filters
from service.understand import Query

Kind = Literal["item", "list", "pattern", "count", "term", "unknown_case"]


class Plan(msgspec.Struct, frozen=True, kw_only=True):
    kind: Kind
    filters: dict[str, object]  # the hard filters
    focus: str | None = None  # the decision a pattern or list is about
    approval_minded: bool = False  # "what do reviewers want before approving X"
    client_case: bool = False  # the client's own filters name a case (the question cannot overrule it)
    group: str = ""  # the patients a list or pattern is of, in words ("women over 50": service.conditions)
    group_filters: tuple[str, ...] = ()  # the hard filters that select them ("sex", "age_min")


def make_plan(query: Query, filters: dict[str, object], known_cases: set[str]) -> Plan:
    """`known_cases`: the case numbers the question names that the index holds."""
    hard = effective_filters(query, filters)
    if "case_number" in filters:
        return msgspec.structs.replace(_plan(query, hard, known_cases), client_case=True)
    return _plan(query, hard, known_cases)


def _plan(query: Query, hard: dict[str, object], known_cases: set[str]) -> Plan:
    if query.case_numbers and not known_cases:
        return Plan(kind="unknown_case", filters=hard)
    if query.kind == "count":
        return Plan(kind="count", filters=hard)
    if query.kind == "term":
        return Plan(kind="term", filters=hard)
    if query.kind in ("pattern", "list") and "guideline_source" not in hard and (source := selected_source(query.text)):
        hard = {**hard, "guideline_source": source}  # "which letters cite ODG for an MRI denial?"
    group = population(query.text, query.person) if query.kind in ("pattern", "list") and not query.case_numbers else None
    if group:  # "did any of the women get their MRI approved?": the women's MRIs
        added = tuple(name for name in group.filters if name not in hard)
        hard = {**group.filters, **hard}
    if query.kind in ("pattern", "list") and "modified" not in hard and partly_authorised(query.text):
        hard = {**hard, "modified": "yes"}  # "when UR okays the first 6 visits and the rest goes to IMR"
    if query.kind == "pattern":
        focus = query.pattern or query.premise or "Upheld"
        # "what made the approval different from the denials?": what the approved had, what the denied lacked
        # ... and "does IMR usually approve them?" (not "why are they usually denied?"): both outcomes
        both = query.pattern == "Overturned" or names_both(query.text) or (not query.why and asks_usual(query.text))
        return Plan(kind="pattern", filters=hard, focus=focus, approval_minded=both,
                    **({"group": group.words, "group_filters": added} if group else {}))
    if query.kind == "list":
        return Plan(kind="list", filters=hard, focus=query.decision,
                    **({"group": group.words, "group_filters": added} if group else {}))
    return Plan(kind="item", filters=hard)
