"""A case number that does not fit the patient the same question describes: "CM16-0249170, the
43 year old man with the rib fractures: was the home aide upheld?", where CM16-0249170 decided no
home aide and the 43-year-old man's letter (another case) did.

A case number is easily mistyped or copied from the wrong letter; the description and the treatment
together are firmer. When the case named lacks the treatment asked about, and exactly one letter
fits the description clearly and has it, the answer is about that letter, and says so first.
"""

from __future__ import annotations

from collections.abc import Callable

import msgspec

from service.engine import Engine
from service.gather import asked_sets, case_items
from service.patients import letter_matches, the_one
from service.plan import Plan
from service.types import Answer
from service.understand import Query


def described_case(engine: Engine, query: Query, filters: dict) -> str | None:
    """The case of the patient described, when the one case named lacks the treatment asked and
    that letter (not the case named) clearly fits the description and has it; else None."""
    sets = asked_sets(query)
    if len(query.case_numbers) != 1 or not sets or not query.person.described:
        return None
    named = query.case_numbers[0]
    if any(set(sets) & set(row[3]) for row in case_items(engine, named)):
        return None
    unnamed = msgspec.structs.replace(query, case_numbers=())
    one = the_one(letter_matches(engine, unnamed, {n: v for n, v in filters.items() if n != "case_number"}))
    if one is None or one == named or not any(set(sets) & set(row[3]) for row in case_items(engine, one)):
        return None
    return one


def described_instead(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int,
                      item_flow: Callable[..., Answer]) -> Answer | None:
    """The answer about the letter of the patient described, when the case named lacks the
    treatment asked and that letter (not the case named) clearly fits and has it; else None."""
    one = None if plan.client_case else described_case(engine, query, plan.filters)
    if one is None:  # none, or the client's own filter names the case: it stands
        return None
    named = query.case_numbers[0]
    unnamed = msgspec.structs.replace(query, case_numbers=())
    filters = {n: v for n, v in plan.filters.items() if n != "case_number"}
    # the case given is not named again: the answer is about one patient, theirs
    said = (f"The case number given has no request for {' / '.join(query.treatment_words) or 'that'}; "
            f"the patient described fits case {one}, which has.")
    notes = [*seen.get("notes", ()), f"case number: {named} lacks it; the patient described is {one} (answered about {one})"]
    found = item_flow(engine, msgspec.structs.replace(plan, filters=filters), unnamed, question,
                      {**seen, "notes": notes, "filters": filters}, k)
    if found.abstained or not found.citations or found.citations[0].case_number != one:
        return None
    return msgspec.structs.replace(found, answer=f"{said} {found.answer}", lead=f"{said} {found.lead}".strip())
