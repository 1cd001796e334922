"""The flow of a group of patients told by their condition ("did they approve anything for people with
carpal tunnel?", "what was decided for patients with carpal tunnel syndrome"): the letters whose case
summary names the condition (service.condition_group), their requests (of the kind asked, when one is)
listed with their decisions and the outcome asked counted, as a group's list is (service.compose.listing:
"1 of the 2 requests of patients with carpal tunnel in the index was approved (overturned)."), and each
letter cited at the summary's sentence that names the condition ("rule out carpal tunnel syndrome" says
it is not yet diagnosed). A condition no summary names is no letter's: said so, the nearest as related."""

from __future__ import annotations

import re

import msgspec

from service.compose.common import Composer
from service.compose.listing import list_answer
from service.condition_group import condition_letters, naming_sentence
from service.engine import Engine
from service.flows.common import answer, missing, rated
from service.groups import said
from service.lacking import RELATED
from service.plan import Plan
from service.retrieve import retrieve_scored
from service.scope import Scope, asked_sets, items_where, listing_filters, scope
from service.types import Answer
from service.understand import Query
from service.wording import kind_of

_GROUP_FILTERS = ("sex", "age_min", "age_max")  # the patients of a group told by sex or age too (service.groups)
CITED = 5  # the letters cited at the sentence that names the condition, at most
# a yes/no whether any had the outcome: "did they approve anything ...?", "any approvals for ...?"
_YES_NO = re.compile(r"^\s*(?:so\s+|and\s+)?(?:is|are|was|were|has|have|had|did|does|do|any)\b", re.IGNORECASE)


def condition_flow(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int) -> Answer:
    condition = query.condition
    who = f"{said(plan.filters) or 'patients'} with {condition}"
    unselected = {k_: v for k_, v in plan.filters.items() if k_ != "decision"}
    asked = _without_condition(query)
    cases = named = condition_letters(engine, condition)
    if group := {k_: v for k_, v in unselected.items() if k_ in _GROUP_FILTERS}:  # "women with ...": the women's letters
        having = {i.case_number for i in items_where(engine, {**group, "case_number": list(cases)})} if cases else set()
        cases = tuple(case for case in cases if case in having)
    if not cases:  # "people with gout": no letter is of one
        hits, _sim = retrieve_scored(engine, asked, unselected, 3)
        # "men in their 40s with radiculopathy": summaries name it, of other patients than the group's
        why = (f"no case summary names it." if not named else
               f"{len(named)} case {'summary names' if len(named) == 1 else 'summaries name'} it, none of "
               f"{said(group)} ({', '.join(named[:CITED])}{', ...' if len(named) > CITED else ''}).")
        return missing(question, seen, f"No letter in the index is of {who if group else f'a patient with {condition}'}: "
                                       f"{why} {RELATED}", "no_patient", related=rated(query, hits))
    theirs = {**unselected, "case_number": list(cases)}
    if asked_sets(asked) and (s := scope(engine, asked, theirs)) is not None:
        s = msgspec.structs.replace(s, items=tuple(i for i in s.items if i.case_number in cases))
    else:  # "did they approve anything for ...?": every request of their letters
        s = Scope(items=items_where(engine, theirs), label="", treatments=(), regions=())
    hits, _sim = retrieve_scored(engine, asked, theirs, max(k, len(s.items)))
    listed = {(i.case_number, i.item_index) for i in s.items}
    hits = sorted(hits, key=lambda h: (h.case_number, h.item_index) not in listed)
    letters = engine.letters(list(cases[:40]))
    decision = query.decision or query.premise
    c = Composer()
    seen = {**seen, "notes": [*seen.get("notes", []), f"the {who}: the letters whose case summary names it "
                                                        f"({', '.join(cases)})"]}
    if not s.items:  # "people with carpal tunnel - any wrist braces approved?" where none had one
        lead = (f"The {len(cases)} letters of {who} have no {kind_of(s.label, 'request')}." if len(cases) > 1
                else f"The one letter of {who} has no {kind_of(s.label, 'request')}.")
        c.say(lead)
        _whose(c, letters, cases, condition)
        return answer(question, seen, c, rated(query, hits[:k]), kind="list", lead=lead, not_found="no_outcome")
    first = len(c.sentences)
    lead, coverage = list_answer(c, s, decision, letters, _each_letter_first(s, hits), where=f"of {who} in the index")
    if decision and _YES_NO.match(query.text):  # the yes or no asked first
        lead = f"{'Yes' if coverage.total else 'No'}: {lead[0].lower()}{lead[1:]}"
        c.sentences[first] = lead
    _whose(c, letters, cases, condition)
    coverage = msgspec.structs.replace(coverage, filters={**listing_filters(s, decision, plan.filters),
                                                          "case_number": list(cases)})
    return answer(question, seen, c, rated(query, hits[:k]), kind="list", lead=lead, coverage=coverage,
                  count=s.counts(), not_found="" if coverage.total or not decision else "no_outcome")


def _each_letter_first(s: Scope, hits: list) -> list[tuple[str, int]]:
    """The scope's items in the search's order, each letter's first before any letter's second: the items
    shown are of as many of the group's letters as they can be."""
    rank = {(h.case_number, h.item_index): n for n, h in enumerate(hits)}
    ranked = sorted(s.items, key=lambda i: rank.get((i.case_number, i.item_index), len(rank)))
    seen: dict[str, int] = {}
    nth = [seen.__setitem__(i.case_number, seen.get(i.case_number, -1) + 1) or seen[i.case_number] for i in ranked]
    return [(i.case_number, i.item_index) for _n, _at, i in sorted(zip(nth, range(len(ranked)), ranked))]


def _whose(c: Composer, letters: dict, cases: tuple[str, ...], condition: str) -> None:
    """Each letter's summary sentence that names the condition, cited (the first CITED); the rest by number."""
    quoted = []
    for case in cases[:CITED]:
        letter = letters.get(case)
        span = naming_sentence(letter.text, letter.summary_span, condition) if letter is not None else None
        if span is not None:
            quoted.append(f"{case}: {c.quote(letter, None, span, 'summary')}")
    rest = [case for case in cases if not any(q.startswith(case) for q in quoted)]
    head = (f"The case summaries that name {condition}" if len(cases) > 1 else f"The case summary that names {condition}")
    c.say(f"{head}: " + "; ".join([*quoted, *rest]) + ".")


def _without_condition(query: Query) -> Query:
    """`query` with no outcome selected, and without the body regions only the condition's words named
    ("carpal" of carpal tunnel is no wrist request asked)."""
    words = query.condition.lower()
    kept = [(r, w) for r, w in zip(query.body_regions, query.region_words) if w.lower() not in words]
    return msgspec.structs.replace(query, decision=None, body_regions=tuple(r for r, _w in kept),
                                   region_words=tuple(w for _r, w in kept))


__all__ = ["condition_flow"]
