"""The letters a question across letters picks by a date of their own (service.across), listed with
that date, each cited to the header line that prints it:

    2 letters give a UR denial date in December 2016: CM16-0219557 (UR Denial Date: 11/09/2016 ...

None when the question names a case or a treatment, or asks no such thing."""

from __future__ import annotations

from indexer.model import Letter
from service.across import FIELDS, PLURAL, Across, across, holds
from service.compose.common import Composer
from service.compose.facts import _day, _header_line
from service.engine import Engine
from service.flows.common import answer
from service.types import Answer, Table
from service.understand import Query

CITED = 20  # letters cited one by one; the rest are in the table


def across_flow(engine: Engine, query: Query, question: str, seen: dict) -> Answer | None:
    if query.case_numbers or query.treatments or (a := across(query.text)) is None:
        return None
    rows = engine.store.catalog.query(f"SELECT case_number, {a.field} FROM letters ORDER BY {a.field}, case_number")
    given = [(case, day) for case, day in rows if day]
    chosen = [(case, day) for case, day in given if holds(a, day)]
    what = FIELDS[a.field]
    c = Composer()
    if not chosen:
        span = (f"; the {PLURAL[a.field]} the letters give run from {_day(given[0][1])} to {_day(given[-1][1])}"
                if given else "")
        lead = f"No letter in the index gives {what} {a.said}{span}."
        c.say(lead)
        return answer(question, _seen(seen, a), c, (), kind="list", lead=lead, count={"total": 0},
                      rule=_rule(a))
    n = len(chosen)
    lead = f"{n} letter{'s' if n != 1 else ''} {'give' if n != 1 else 'gives'} {what} {a.said}."
    c.say(lead)
    letters = engine.letters([case for case, _day_ in chosen[:CITED]])
    said = [_cited(c, letters[case], a.field, day) for case, day in chosen[:CITED] if case in letters]
    rest = f"; and {n - CITED} more, in the table" if n > CITED else ""
    c.say(f"{'They are' if n != 1 else 'It is'}: {'; '.join(said)}{rest}.")
    table = Table(columns=("case", what.removeprefix("a ")), rows=tuple(chosen),
                  links=tuple({"case_number": case} for case, _day_ in chosen))
    return answer(question, _seen(seen, a), c, (), kind="list", lead=lead, table=table, count={"total": n},
                  rule=_rule(a))


def _cited(c: Composer, letter: Letter, field: str, day: str) -> str:
    span = _header_line(letter, field)
    n = c.cite(letter, None, span, role="header") if span else 0
    return f"{letter.case_number}, {_day(day)}" + (f" [{n}]" if n else "")


def _rule(a: Across) -> str:
    column = {"ur_denial_date": "UR Denial Date", "date_of_injury": "Date of Injury"}[a.field]
    return (f"each letter whose header's {column} falls {a.said}, counted once; the IMR decision date is not used")


def _seen(seen: dict, a: Across) -> dict:
    return {**seen, "notes": [*seen.get("notes", ()), f"asked across letters: their {FIELDS[a.field].removeprefix('a ')} "
                                                      f"{a.said}"]}

