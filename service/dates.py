"""Dates as questions write them ("3/14/2016", "March 14, 2016", "2016-03-14"), and the date of
injury a question gives ("injured on 3/14/2016"); service.dated reads the letter's own dates with them."""

from __future__ import annotations

import re
from datetime import date

MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE = re.compile(
    r"(?P<iso>(?P<Y>\d{4})-(?P<M>\d{1,2})-(?P<D>\d{1,2}))"
    r"|(?P<m>\d{1,2})[/-](?P<d>\d{1,2})[/-](?P<y>\d{4}|\d{2})\b"
    rf"|(?P<mn>{MONTH})\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>\d{{4}})"
    rf"|(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm>{MONTH}),?\s+(?P<dy>\d{{4}})",
    re.IGNORECASE,
)
_INJURY_CUE = re.compile(r"\binjur(?:ed|y|ies)\b|\bhurt\b|\bDOI\b|\baccident\b", re.IGNORECASE)


def _injury_date(text: str, today: date, notes: list[str]) -> str | None:
    for cue in _INJURY_CUE.finditer(text):
        m = DATE.search(text, cue.end(), cue.end() + 40)
        if not m or (day := to_date(m, today)) is None:
            continue
        notes.append(f"injury date: {day.isoformat()} (from '{m.group(0)}')")
        return day.isoformat()
    return None


def to_date(m: re.Match[str], today: date) -> date | None:
    g = m.groupdict()
    if g["iso"]:
        y, mo, d = int(g["Y"]), int(g["M"]), int(g["D"])
    elif g["y"]:
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        if y < 100:
            y += 2000 if 2000 + y <= today.year else 1900
    else:
        name, d, y = (g["mn"], g["md"], g["my"]) if g["mn"] else (g["dm"], g["dd"], g["dy"])
        mo, d, y = MONTHS.index(name.lower()[:3]) + 1, int(d), int(y)
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    return day if day <= today else None
