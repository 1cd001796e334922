"""The letter's own dates a question gives to say which patient it means: "UR said no on
12/12/2016", "UR denial dated 01/26/2017", "the IMR decision of 02/15/2017".

A date whose nearest cue before it (within 40 characters) is utilization review's ("UR", "the
adjuster", "utilization review") is the UR denial date a letter prints; one whose nearest cue is
IMR's decision ("IMR", "decision", "decided") is its decision date. A date of injury is read
elsewhere (service.dates, for service.understand); a date with no cue names nothing.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from service.dates import MONTH, MONTHS, DATE, to_date

_CUES = re.compile(
    r"(?P<ur>\b(?:UR|utili[sz]ation\s+review|adjuster|carrier|insurer)\b)"
    r"|(?P<imr>\b(?:IMR|independent\s+medical\s+review|decision|decided|determination|upheld|overturned)\b)"
    r"|(?P<other>\b(?:injur\w*|hurt|DOI|accident|RFA|DOS|visit|seen|report|note)\b)",
    re.IGNORECASE,
)
_COLUMN = {"ur": "ur_denial_date", "imr": "decision_date"}
REACH = 40
# a month without its day, "the Jan 2017 decision", "UR denied it in December 2016": the month of
# the letter's date; the cue may also follow it ("the January 2017 decision", "the Dec 2016 UR denial")
_MONTH_YEAR = re.compile(rf"\b(?P<mn>{MONTH})\s+(?:of\s+)?(?P<y>(?:19|20)\d{{2}})\b", re.IGNORECASE)
_CUE_AFTER = re.compile(r"\s*(?:(?:IMR|independent\s+(?:medical\s+)?review)\s+)?(?P<imr>decision|determination|ruling)\b"
                        r"|\s*(?:UR\s+|utili[sz]ation\s+review\s+)(?P<ur>denial|decision|non-?cert\w*)\b", re.IGNORECASE)


def letter_dates(text: str, today: date | None = None) -> dict[str, str]:
    """Letter column ("ur_denial_date", "decision_date") -> the ISO date the question gives for it."""
    today = today or date.today()
    out: dict[str, str] = {}
    for m in DATE.finditer(text):
        cues = list(_CUES.finditer(text, max(0, m.start() - REACH), m.start()))
        day = to_date(m, today)
        if not cues or day is None:
            continue
        kind = cues[-1].lastgroup or ""
        if kind in _COLUMN:
            out.setdefault(_COLUMN[kind], day.isoformat())
    days = [m.span() for m in DATE.finditer(text)]
    for m in _MONTH_YEAR.finditer(text):
        if any(start <= m.start() < end for start, end in days):
            continue
        after = _CUE_AFTER.match(text, m.end())
        cues = list(_CUES.finditer(text, max(0, m.start() - REACH), m.start()))
        kind = (after.lastgroup if after else cues[-1].lastgroup if cues else "") or ""
        if kind in _COLUMN:
            month = MONTHS.index(m.group("mn").lower()[:3]) + 1
            out.setdefault(_COLUMN[kind], f"{m.group('y')}-{month:02d}")
    return out


def dates_agree(said: dict[str, str], letter: dict[str, str | None]) -> tuple[int, int]:
    """(dates said, dates the letter has the same): a whole date is precise, so each counts double;
    a month ("2017-01") once, agreeing with any day of it."""
    told = agree = 0
    for column, day in said.items():
        if printed := letter.get(column):
            weight = 1 if len(day) == 7 else 2
            told += weight
            agree += weight * (printed[: len(day)] == day)
    return told, agree


# the month items were decided in, said of many: "which neck MRIs were decided in February 2017?", "the
# decisions from Jan 2017", "decided during march of 2017"
# ... or IMR's outcome said of them: "did anyone get hydrocodone approved in january 2017?" (not "denied", which UR
# says too: "UR denied it in December 2016")
_DECIDED_IN = re.compile(rf"\b(?:decided|decisions?|determinations?|ruled|approved|overturned|upheld)\s+(?:(?:in|from|during|for)\s+)?"
                         rf"(?P<mn>{MONTH})\s+(?:of\s+)?(?P<y>(?:19|20)\d{{2}})\b", re.IGNORECASE)


# ... or a few words after "decisions" / "decided", the month after "in", "from" or "during": "any decisions on a tens unit
# for the neck in feb 2017?", "what was decided about PT during january 2017?" (never across another event's words: "decided
# after UR denied it in December 2016")
_DECIDED_ON_IN = re.compile(rf"\b(?:decided|decisions?|determinations?)\s+(?:on|about|for|of|regarding|re)\b"
                            rf"(?P<gap>(?:(?!\b(?:UR|utili[sz]ation|denied|denial|injur\w*|hurt|since|after|before|visits?|"
                            rf"seen|filed|applied|appeal\w*|surgery|decided|decisions?)\b)[^?.;!]){{1,50}}?)"
                            rf"\b(?:in|from|during)\s+(?P<mn>{MONTH})\s+(?:of\s+)?(?P<y>(?:19|20)\d{{2}})\b", re.IGNORECASE)


_OUTCOMES = ("approved", "overturned", "upheld")


def decided_month(text: str, outcomes: bool = True) -> dict[str, str]:
    """The decision-date filters (service.filters: date_from, date_to) of the month `text` says items were
    decided in, or {} when it says none; `outcomes`: said by IMR's outcome too ("approved in january 2017")."""
    m = _DECIDED_IN.search(text) or _DECIDED_ON_IN.search(text)
    if m is None or not outcomes and m.group(0).split()[0].lower() in _OUTCOMES:
        return {}
    year, month = int(m.group("y")), MONTHS.index(m.group("mn").lower()[:3]) + 1
    last = calendar.monthrange(year, month)[1]
    return {"date_from": f"{year}-{month:02d}-01", "date_to": f"{year}-{month:02d}-{last:02d}"}
