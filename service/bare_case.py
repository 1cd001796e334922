"""A case number typed without its "CM" and year: "the acupuncture in 0010885", "case 13625",
"claim #0013716". Claims staff shorten case numbers so; the number names a case when exactly one
indexed letter carries it (CM16-0010885 and CM17-0010885 both indexed: neither is guessed).

A bare number is read only where nothing else can be meant: seven digits with a leading zero (the
number part as letters print it), or four to seven digits after "case", "claim", "file" or "IMR"
(with "no.", "number" or "#"), or five or six digits standing alone. Dates ("12/19/2016"), money
("$13625"), quantities ("#90", "120 mg", "13,625") and a number already after "CM16" are left as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# a case number with its "CM" and year, as service.understand reads it (left as typed)
_WITH_CM = re.compile(r"\bcm\s*[-\u2013]?\s*\d{2}\s*[-\u2013]?\s*\d{4,7}\b", re.IGNORECASE)
_UNITS = (r"mg|mcg|ml|gm?|grams?|units?|tabs?|tablets?|pills?|caps?|capsules?|sessions?|visits?|hours?|hrs?|days?|"
          r"weeks?|wks?|months?|years?|yrs?|yo|y/o|miles?|dollars?|pounds?|lbs?")
_BARE = re.compile(
    r"(?<![\w$#/.,:-])"
    r"(?:(?P<lead>\b(?:case|claim|file|imr)(?:\s*(?:no\.?|number|num\.?|#))?\s*:?\s*#?\s*))?"
    r"(?P<digits>\d{4,7})"
    rf"(?![\w%]|[/.,:-]\d|\s*(?:{_UNITS})\b)",
    re.IGNORECASE)
YEARS = range(10, 30)  # the two-digit years a case number may carry (CM10 .. CM29)


def _candidate(digits: str, lead: bool) -> bool:
    if len(digits) == 7:
        return digits.startswith("0") or lead
    if len(digits) in (5, 6):
        return True
    return lead  # four digits: a year or a quantity unless said to be a case


def with_case_numbers(text: str, indexed: Callable[[Iterable[str]], Iterable[str]]) -> tuple[str, list[str]]:
    """`text` with each bare number that names exactly one indexed case written as that case number,
    and a note per number read. `indexed`: which of the given case numbers the index holds."""
    taken = [m.span() for m in _WITH_CM.finditer(text)]
    out, notes, last = [], [], 0
    for m in _BARE.finditer(text):
        digits = m.group("digits")
        start = m.start("digits")
        if any(a <= start < b for a, b in taken) or not _candidate(digits, bool(m.group("lead"))):
            continue
        number = int(digits)
        if number == 0:
            continue
        found = sorted(set(indexed([f"CM{year}-{number:07d}" for year in YEARS])))
        if len(found) != 1:
            continue
        out.append(text[last:start])
        out.append(found[0])
        last = m.end("digits")
        notes.append(f"case number: read '{digits}' as {found[0]} (the one indexed case with that number)")
    out.append(text[last:])
    return "".join(out), notes
