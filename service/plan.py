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
from service.groups import said
from service.kinds import COMMON_TO_APPROVE, FARES_ASKED, KEEPS_DENYING, NOT_APPROVED_WHY, REVIEWERS_DECIDE, USUALLY_GETS_APPROVED
from service.outcomes import asks_usual, names_both
from service.partly import part_given_rest_asked, partly_authorised
from service.retrieve import effective_filters
from service.understand import Query

Kind = Literal["item", "list", "pattern", "count", "term", "unknown_case"]


class Plan(msgspec.Struct, frozen=True, kw_only=True):
    kind: Kind
    filters: dict[str, object]  # the hard filters
    focus: str | None = None  # the decision a pattern or list is about
    approval_minded: bool = False  # "what do reviewers want before approving X"
    client_case: bool = False  # the client's own filters name a case (the question cannot overrule it)
    group: str = ""  # the patients a list or pattern is of, in words ("women aged 51 or over": service.groups)
    group_filters: tuple[str, ...] = ()  # the hard filters that select them ("sex", "age_min")


def make_plan(query: Query, filters: dict[str, object], known_cases: set[str]) -> Plan:
    """`known_cases`: the case numbers the question names that the index holds."""
    hard = effective_filters(query, filters)
    # the filters of the group of patients the question names (service.groups) that the client's do not set
    added = tuple(name for name, _value in query.group if name not in filters)
    if "case_number" in filters:
        return msgspec.structs.replace(_plan(query, hard, known_cases, added), client_case=True)
    return _plan(query, hard, known_cases, added)


def _plan(query: Query, hard: dict[str, object], known_cases: set[str], added: tuple[str, ...]) -> Plan:
    if query.case_numbers and not known_cases:
        return Plan(kind="unknown_case", filters=hard)
    if query.kind == "count":
        return Plan(kind="count", filters=hard)
    if query.kind == "term":
        return Plan(kind="term", filters=hard)
    if query.kind in ("pattern", "list") and "guideline_source" not in hard and (source := selected_source(query.text)):
        hard = {**hard, "guideline_source": source}  # "which letters cite ODG for an MRI denial?"
    # "did any of the women get their MRI approved?": the women's MRIs (service.retrieve.effective_filters)
    group = {"group": said(dict(query.group)), "group_filters": added} if query.group and added else {}
    if query.kind in ("pattern", "list") and "modified" not in hard and (partly_authorised(query.text)
                                                                          or part_given_rest_asked(query.text)):
        # "when UR okays the first 6 visits and the rest goes to IMR"; "UR only gave me 6 visits - do they usually give
        # back the rest?"
        hard = {**hard, "modified": "yes"}
    if query.kind == "pattern":
        # "why do they keep saying no to more PT after some were authorized?": the denials, the habit told
        denials = KEEPS_DENYING.search(query.text) or NOT_APPROVED_WHY.search(query.text)  # "why don't neck MRIs get approved?"
        focus = query.pattern or ("Upheld" if denials else query.premise) or (
            "Overturned" if COMMON_TO_APPROVE.search(query.text) else "Upheld")  # "is it common for IMR to approve acupuncture?"
        # "what made the approval different from the denials?": what the approved had, what the denied lacked
        # ... and "does IMR usually approve them?" (not "why are they usually denied?"): both outcomes
        both = query.pattern == "Overturned" or names_both(query.text) or (not query.why and asks_usual(query.text)) or (
            not query.why and bool(REVIEWERS_DECIDE.search(query.text))) or (  # "how do reviewers decide on Norco refills?"
            not query.why and bool(USUALLY_GETS_APPROVED.search(query.text) or COMMON_TO_APPROVE.search(query.text))) or (
            # "what usually gets a lumbar MRI approved?"; "is it worth appealing a denied CT scan? how do those usually go?"
            not query.why and bool(FARES_ASKED.search(query.text)))
        return Plan(kind="pattern", filters=hard, focus=focus, approval_minded=both,
                    **group)
    if query.kind == "list":
        return Plan(kind="list", filters=hard, focus=query.decision,
                    **group)
    return Plan(kind="item", filters=hard)
