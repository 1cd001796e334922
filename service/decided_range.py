"""A treatment the letters have, asked of dates none of its requests was decided in ("lumbar mri decisions from
june 2017?"): said as such, with the dates the letters were decided in, not as a treatment no letter has.

    outside_dates(span, what, filters) -> "No lumbar MRI request in the index was decided in June 2017: ..."
"""

from __future__ import annotations

import calendar
import re

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


# a year said from now ("last year", "this year"): the letters give no today to count it from
_FROM_NOW = re.compile(r"\b(?P<w>(?:last|this|past|previous|current|the\s+past)\s+year)(?:['’]s)?\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def year_from_now(text: str, span: tuple[str, str] | None) -> str:
    """A sentence for a count asked of a year said from now ("how many decisions last year were overturned?"):
    the year is read from each letter's decision date, and the letters give no today to count back from; '' when
    `text` says no such year or names a year too."""
    m = _FROM_NOW.search(text)
    if m is None or _YEAR.search(text):
        return ""
    said = " ".join(m.group("w").lower().split())
    told = f"; the letters in the index were decided from {said_day(span[0])} to {said_day(span[1])}" if span else ""
    return (f'The letters give no today to count "{said}" from: a year is read from each letter\'s decision date, so '
            f"every decision is counted here{told}. Name the year (e.g. 2017) to count one.")
