"""A treatment the letters have, asked of dates none of its requests was decided in ("lumbar mri decisions from
june 2017?"): said as such, with the dates the letters were decided in, not as a treatment no letter has.

    outside_dates(span, what, filters) -> "No lumbar MRI request in the index was decided in June 2017: ..."
"""

from __future__ import annotations

import calendar

from service.compose.facts import said_day

DATES = ("date_from", "date_to")


def decision_span(engine) -> tuple[str, str] | None:
    """The first and last decision dates (ISO) of the letters in the index, or None when none has one."""
    rows = engine.store.catalog.query("SELECT MIN(decision_date), MAX(decision_date) FROM letters")
    return (rows[0][0], rows[0][1]) if rows and rows[0][0] and rows[0][1] else None


def dates_said(filters: dict[str, object]) -> str:
    """The decision dates of `filters`, in words: "in June 2017" (a whole month), "from May 1, 2017 to May 9, 2017",
    "after ...", "before ..."."""
    low, high = str(filters.get("date_from") or ""), str(filters.get("date_to") or "")
    if len(low) == len(high) == 10 and low[:7] == high[:7] and low.endswith("-01") and (
            int(high[8:]) == calendar.monthrange(int(low[:4]), int(low[5:7]))[1]):
        return f"in {calendar.month_name[int(low[5:7])]} {low[:4]}"
    if low and high:
        return f"from {said_day(low)} to {said_day(high)}"
    return f"on or after {said_day(low)}" if low else f"on or before {said_day(high)}"


def outside_dates(span: tuple[str, str] | None, what: str, filters: dict[str, object]) -> str:
    """The message for `what` ("lumbar MRI request": a treatment the letters have) of which no request was decided in
    the dates of `filters`, naming the dates the letters were decided in (`span`, first and last)."""
    said = f"No {what} in the index was decided {dates_said(filters)}"
    if span is None:
        return said + "."
    return f"{said}: the letters in the index were decided from {said_day(span[0])} to {said_day(span[1])}."
