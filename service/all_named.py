"""The letter that decided every thing a question claims an outcome of, when no case or patient is named:
"they denied the MRI but approved the needles, right?" is of a letter with an MRI and acupuncture, not of
the one whose three MRIs rank first and that has no acupuncture."""

from __future__ import annotations

from indexer.treatments import GROUPS, find_treatments
from service.engine import Engine
from service.gather import case_items
from service.types import Hit
from service.yes_no import claimed
from service.understand import Query


def named_kinds(query: Query) -> list[set[str]]:
    """The treatment sets of each thing the question names (`query.treatment_words`), the narrowest ("MRI":
    mri, not any imaging), as each word reads where it stands ("the needles": acupuncture)."""
    found = find_treatments(query.text)
    kinds = [{t for t, said in found if said.lower() == w.lower()} for w in query.treatment_words]
    return [k - GROUPS or k for k in kinds if k]


def letter_of_all_named(engine: Engine, query: Query, hits: list[Hit]) -> str | None:
    """Of the letters of `hits`, in their order, the first with a request for each thing the question names
    (two or more), when the first hit's letter lacks one and the question claims both outcomes (service.yes_no)
    of no patient described, no story told; else None."""
    person = query.person
    if (len({d for _at, d in claimed(query.text)}) < 2 or query.story_treatments or person.described or person.age
            or person.ages or person.sex or person.occupations or person.injury_month or person.injury_year):
        return None  # only a claim of each outcome, of things no description or story ties to one letter
    kinds = named_kinds(query)
    cases = list(dict.fromkeys(h.case_number for h in hits if h.item_index > 0))
    if len(kinds) < 2 or not cases:
        return None

    def has_all(case: str) -> bool:
        rows = case_items(engine, case)
        return all(any(k & set(row[3]) for row in rows) for k in kinds)

    if has_all(cases[0]):
        return None
    return next((case for case in cases[1:] if has_all(case)), None)


def top_holding_all(engine: Engine, query: Query, hits: list[Hit]) -> str | None:
    """Of the letters of `hits`, in their order, the first with a request for each of the two or more things the
    question names (no case named), when the hits hold none of its requests for one of them or another letter
    ranks first: "why was the PT after the surgery denied? what about the brace?" is one patient's, the letter with
    the brace and its PT, whose PT other letters' outrank; else None."""
    kinds = named_kinds(query)
    cases = list(dict.fromkeys(h.case_number for h in hits if h.item_index > 0))
    # (a body part said picks by its own rule: "hip MRI where the hip x-rays were unremarkable" is of a hip MRI)
    if query.case_numbers or len(kinds) < 2 or not cases or query.body_regions:
        return None
    top = next((case for case in cases if all(any(k & set(row[3]) for row in case_items(engine, case)) for k in kinds)),
               None)
    if top is None:
        return None
    held = [set(h.treatments) for h in hits if h.case_number == top and h.item_index > 0]
    return top if top != cases[0] or not all(any(k & t for t in held) for k in kinds) else None


def holding_all_named(engine: Engine, query: Query) -> list[str]:
    """Every letter with a request for each of the two or more things the question names (no case named), in
    case-number order; [] otherwise."""
    kinds = named_kinds(query)
    if query.case_numbers or len(kinds) < 2 or query.body_regions:
        return []
    rows = engine.store.catalog.query(
        "SELECT i.case_number, t.treatment FROM items i JOIN item_treatments t ON t.item_id = i.id")
    held: dict[str, set[str]] = {}
    for case, treatment in rows:
        held.setdefault(case, set()).add(treatment)
    return sorted(case for case, sets in held.items() if all(k & sets for k in kinds))


__all__ = ["holding_all_named", "letter_of_all_named", "named_kinds", "top_holding_all"]
