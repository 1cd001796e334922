"""An item named by its place in the letter: "the second request in her letter", "the last item",
"his third request", "my mother's 4th request".

A letter lists its items in order (the "ISSUE(S) AT DISPUTE" list), so once one letter is meant (a
case named, or the one patient described) the place names one of its items. Only a place with no
treatment named: "her second request for PT" is about the PT (a repeat request), not the letter's
second item.
"""

from __future__ import annotations

import re

from service.engine import Engine
from service.gather import asked_sets, case_items
from service.retrieve import retrieve_scored
from service.types import Hit
from service.understand import Query

_PLACES = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
           "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "last": -1, "final": -1}
PLACE = re.compile(r"\b(?:the|her|his|their|my|your|\w+['’]s)\s+(?P<place>" + "|".join(_PLACES) + r")\s+"
                   r"(?:request|item|issue|thing|treatment|service)\b(?!\s+(?:for|of)\s+(?!(?:case|claim)\b|CM\s*\d))",
                   re.IGNORECASE)  # "the second item for CM17-...": its place; "her second request for PT": a repeat


def item_at_place(text: str, count: int) -> int | None:
    """The 1-based index of the item `text` names by its place among `count` items ("the second
    request" -> 2, "the last item" -> count), or None when it names none or a place past the end."""
    m = PLACE.search(text)
    if m is None or count < 1:
        return None
    place = _PLACES[m.group("place").lower()]
    at = count if place == -1 else place
    return at if at <= count else None


def meant_case(query: Query, one: str | None) -> str | None:
    """The one letter a question means: the case it names (one only), else the patient described."""
    if query.case_numbers:
        return query.case_numbers[0] if len(query.case_numbers) == 1 else None
    return one


def placed_item(engine: Engine, query: Query, filters: dict, case: str | None) -> Hit | None:
    """The hit of the item of `case` the question names by its place, when it names one and no
    treatment; else None."""
    if case is None or asked_sets(query) or query.treatment_words or not PLACE.search(query.text):
        return None  # (the place first: most questions name none, and then no SQL is run)
    at = item_at_place(query.text, len(case_items(engine, case)))
    if at is None:
        return None
    hits, _ = retrieve_scored(engine, query, {**filters, "case_number": case}, k=50)
    return next((h for h in hits if h.case_number == case and h.item_index == at), None)
