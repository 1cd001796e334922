"""What every flow shares: how relevant a hit is to the question, the `Answer` built from a
`Composer`, and the not-found answers (an unknown case, a treatment no letter has, a scope without
items)."""

from __future__ import annotations

import msgspec

from service.compose.common import Composer
from service.engine import Engine
from service.decided_range import DATES, decision_span, outside_dates
from service.groups import said, where_words
from service.gather import absent_named, filter_that_excludes, unknown_case_hint, unknown_phrase, with_kind_words
from service.reviewers import alternatives
from service.scope import Scope, asked_sets, scope_counts, where
from service.lacking import RELATED, kind_unprinted, other_brand_sentence, wanted_unknown
from service.told_kind import kinds_unheld
from service.retrieve import retrieve_scored
from service.plan import Plan
from service.topic import overlap, topic_tokens
from service.types import Answer, Hit
from service.understand import Query
from service.wording import kind_of


def relevance(query: Query, hit: Hit) -> str:
    sets = asked_sets(query)
    if sets and set(sets) & set(hit.treatments):
        return "strong" if not query.body_regions or set(query.body_regions) & set(hit.body_regions) else "partial"
    topic = topic_tokens(query)
    share = overlap(topic, hit.request) if topic else 0.0
    if share >= 0.5 and not sets:
        return "strong"
    if share > 0 or (query.category and hit.category == query.category) or set(query.body_regions) & set(hit.body_regions):
        return "partial"
    return "weak"


def rated(query: Query, hits: list[Hit]) -> tuple[Hit, ...]:
    return tuple(msgspec.structs.replace(h, relevance=relevance(query, h)) for h in hits)


def answer(question: str, seen: dict, c: Composer, hits, **fields) -> Answer:
    return Answer(question=question, answer=c.text(), citations=tuple(c.citations), hits=tuple(hits),
                  understood=seen, **fields)


def missing(question: str, seen: dict, message: str, kind: str, related=()) -> Answer:
    return Answer(question=question, answer=message, citations=(), hits=(), understood=seen, abstained=True,
                  kind="not_found", not_found=kind, lead=message, related=tuple(related))


def unknown_case(engine: Engine, query: Query, question: str, seen: dict) -> Answer:
    case = query.case_numbers[0]
    hint = unknown_case_hint(engine, case)
    message = f"Case {case} is not in the index, so I cannot say what was decided." + (
        f" Did you mean {hint}?" if hint else "")
    return missing(question, seen, message, "unknown_case")


def unknown_reviewer(engine: Engine, query: Query, question: str, seen: dict) -> Answer | None:
    """Not found, for a reviewer specialty no letter's reviewer has ("how many cases were decided by chiropractors?"),
    naming the specialties the index has; None when some letter's reviewer has it."""
    from service.collection.vocab import vocabulary

    from service.compose.facts import asked_facts

    held = vocabulary(engine.store.catalog).specialties
    if not query.reviewer or not held or any(n.lower() == s.lower() for n in alternatives(query.reviewer) for s in held):
        return None
    if query.case_numbers or query.person.described or "reviewer" in asked_facts(query.text):
        return None  # "was the reviewer of her MRI an orthopedic surgeon?": that letter's reviewer, yes or no
    return missing(question, seen, f"No letter in the index was decided by a reviewer who is a specialist in {query.reviewer}. "
                   f"The reviewers' specialties in the index: {', '.join(sorted(held))}.", "no_reviewer")


def _missing_treatment(engine: Engine, query: Query, plan: Plan, question: str, seen: dict, k: int) -> Answer | None:
    """Not found, for a list, pattern or count about a treatment no letter has."""
    words = (unknown_phrase(engine, query) or wanted_unknown(engine, query)
             or (kind_unprinted(engine, query) if query.treatments else "")  # "vestibular tests": a kind no letter prints
             or (with_kind_words(query, absent_named(engine, query, plan.filters)) if query.treatments else ""))
    if not words and "consultation" in query.treatments and (unheld := kinds_unheld(engine, query.text)):
        # "any ortho consults approved?" of an index whose one referral is to a chiropractor (as lacking.absent_message)
        kinds = " or ".join(unheld)
        words = f"{'an' if kinds[0] in 'aeiou' else 'a'} {kinds} referral or consultation"
    if not words:
        return None
    dated = {k_: v for k_, v in plan.filters.items() if k_ in DATES}
    if dated and query.treatments and not absent_named(engine, query, {k_: v for k_, v in plan.filters.items()
                                                                       if k_ not in dated}):
        # "lumbar mri decisions from june 2017?": the letters have lumbar MRIs, decided in other months
        w = where(query, {k_: v for k_, v in plan.filters.items() if k_ not in dated})
        return missing(question, seen, outside_dates(decision_span(engine), kind_of(w.label, "request") if w else
                                                     f"request for {words}", dated), "filters_exclude")
    group = {k_: v for k_, v in plan.filters.items() if said({k_: v})}
    if group and query.treatments and not absent_named(engine, query, {k_: v for k_, v in plan.filters.items()
                                                                       if k_ not in group}):
        # "how many TENS units were approved for men?": the letters have TENS units, of other patients
        words = f"{words} {where_words(group).removesuffix(' in the index')}"
    # the nearest items whatever their outcome: "has anyone gotten Lidoderm patches approved?" is
    # nearest the lidocaine ointment denied, not another drug approved
    unselected = msgspec.structs.replace(query, decision=None)
    hits, _sim = retrieve_scored(engine, unselected, {k_: v for k_, v in plan.filters.items() if k_ != "decision"}, 3)
    # "has IMR ever approved Gralise?": a brand no letter prints, its drug requested by another brand (the Fanatrex)
    lacks = other_brand_sentence(engine, words) or f"No letter in the index decides a request for {words}."
    return missing(question, seen, f"{lacks} {RELATED}", "no_treatment", related=rated(query, hits))


def _quoted_cases(s: Scope) -> list[str]:
    """The letters a pattern answer may quote: a few holders of each code, and the first letters."""
    by_code: dict[str, list[str]] = {}
    for item in s.items:
        for code in item.codes:
            by_code.setdefault(code, []).append(item.case_number)
    cases: list[str] = [i.case_number for i in s.items[:6]]
    for holders in by_code.values():
        cases += holders[:4]
    return list(dict.fromkeys(cases))[:60]


def _no_scope(engine: Engine, query: Query, question: str, seen: dict, filters: dict, label: str,
              regions: tuple[str, ...]) -> Answer:
    """Not found, for a scope (`label`, of `regions`) without items: other body parts, a filter, or none."""
    wider = scope_counts(engine, query, filters, regions=False) if regions else None
    if wider is not None and wider[1]:
        n = sum(wider[1].values())
        message = (f"No {kind_of(label, 'request')} is in the index; {n} {kind_of(wider[0].label, 'request' + ('s' if n != 1 else ''))} for "
                   f"other body regions {'are' if n != 1 else 'is'}.")
        return missing(question, seen, message, "no_treatment")
    name = filter_that_excludes(engine, query, filters) if filters else None
    if name:
        return missing(question, seen, f"The filter {name}={filters[name]} excludes every {kind_of(label, 'item')}; remove it "
                       "to see them.", "filters_exclude")
    return missing(question, seen, f"No letter in the index decides a request for {label}.", "no_treatment")
