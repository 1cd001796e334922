"""The letter's own dates a question gives to say which patient it means: "UR said no on
12/12/2016", "UR denial dated 01/26/2017", "the IMR decision of 02/15/2017".

A date whose nearest cue before it (within 40 characters) is utilization review's ("UR", "the
adjuster", "utilization review") is the UR denial date a letter prints; one whose nearest cue is
IMR's decision ("IMR", "decision", "decided") is its decision date. A date of injury is read
elsewhere (service.understand); a date with no cue names nothing.
"""

from __future__ import annotations

import re
from datetime import date

from service.dates import DATE, to_date

_CUES = re.compile(
    r"(?P<ur>\b(?:UR|utili[sz]ation\s+review|adjuster|carrier|insurer)\b)"
    r"|(?P<imr>\b(?:IMR|independent\s+medical\s+review|decision|decided|determination|upheld|overturned)\b)"
    r"|(?P<other>\b(?:injur\w*|hurt|DOI|accident|RFA|DOS|visit|seen|report|note)\b)",
    re.IGNORECASE,
)
_COLUMN = {"ur": "ur_denial_date", "imr": "decision_date"}
REACH = 40


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
    return out


def dates_agree(said: dict[str, str], letter: dict[str, str | None]) -> tuple[int, int]:
    """(dates said, dates the letter has the same): a whole date is precise, so each counts double."""
    told = agree = 0
    for column, day in said.items():
        if letter.get(column):
            told += 2
            agree += 2 * (letter[column] == day)
    return told, agree
