"""How many of something a question says was requested, as an identifier of the item.

"the eight PT sessions", "the 30-day supply", "UR cut the 90 tablets to 63", "the 420 ml bottle":
people tell a request by its quantity. `asked_counts` reads the counts a question gives with their
unit; `request_counts` the numbers a request's heading states ("Eight (8) physical therapy
sessions": 8; "Physical therapy 2 times a week for 6 weeks": 2, 6 and the 12 visits they make).
service.retrieve boosts an item whose heading states a count the question gives.
"""

from __future__ import annotations

import functools
import re

_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_WORDS.update({"thirty": 30, "forty": 40, "sixty": 60, "ninety": 90})
_NUMBER = rf"(\d{{1,4}}(?:\.\d+)?|{'|'.join(sorted(_WORDS, key=len, reverse=True))})"
_UNIT = (r"(?:sessions?|visits?|treatments?|appointments?|tablets?|tabs?|pills?|capsules?|caps?|refills?|hours?|"
         r"days?|weeks?|months?|ml|milliliters?|grams?|gms?|gm|g|patch(?:es)?|injections?|shots?|units?|bottles?)")
# "eight PT sessions", "12 chiro visits", "the 90 tablets", "420 ml", "a 30-day supply", "#60"
_ASKED = re.compile(rf"\b{_NUMBER}\s*-?\s*(?:[A-Za-z/]+\s+){{0,2}}?{_UNIT}\b|#\s*(\d{{1,4}})\b", re.IGNORECASE)
_IN_REQUEST = re.compile(rf"(?<![\w.])(\d{{1,4}}(?:\.\d+)?)(?![\d.])|\b({'|'.join(sorted(_WORDS, key=len, reverse=True))})\b",
                         re.IGNORECASE)
# a count by "x" or "#", as a request is shorthanded: "PT x8", "8x PT", "chiro #8"; "PT 2x4" (two a week for
# four weeks) is the 8 visits it makes (not "2x4" of a size: no unit follows)
_BY_X = re.compile(r"(?<![\w.])x\s*(\d{1,3})\b(?![./])|\b(\d{1,3})\s*x(?![\w/-])(?!\s*\d)", re.IGNORECASE)
_X_BY = re.compile(r"\b(\d{1,2})\s*x\s*(\d{1,2})\b(?![./])(?!\s*(?:mm|cm|in(?:ch(?:es)?)?|ft)\b)", re.IGNORECASE)
_TIMES = re.compile(r"\b(\d{1,2})\s*(?:x|times\s+(?:a|per)\s+week\s+for)\s*(\d{1,2})(?:\s*weeks?)?\b", re.IGNORECASE)


def _value(said: str) -> float:
    low = said.lower()
    return float(_WORDS[low]) if low in _WORDS else float(low)


# "the pantoprazole 40 BID", "Voltaren 75", "naproxen 550mg": a number right after a drug's name is
# its strength, which the request's heading states ("Pantoprazole 40mg, ...")
_AFTER_NAME = re.compile(r"(?<![\w-])([A-Za-z][\w-]+)\s+(\d{1,4}(?:\.\d+)?)(?:\s*(?:mg|mcg)\b)?"
                         r"(?![\d.%]|\s*-?\s*(?:years?|yrs?|yo\b|y/o))", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)  # read once a question, not once a candidate (service.retrieve.boost)
def asked_counts(text: str) -> frozenset[float]:
    """The counts `text` gives of something requested (with a unit, as '#N', 'xN', 'Nx', or the visits
    of 'NxM'), in digits or words ("8 sessions", "eight sessions"), and the strength said after a drug's
    name; ages and dates are none."""
    out = set(asked_strengths(text))
    for m in _ASKED.finditer(text):
        said = m.group(1) or m.group(2)
        if re.match(r"\s*-?\s*(?:years?|yrs?)\b", text[m.end(1):] if m.group(1) else ""):
            continue
        out.add(_value(said))
    out |= {float(m.group(1) or m.group(2)) for m in _BY_X.finditer(text)}
    out |= {float(int(m.group(1)) * int(m.group(2))) for m in _X_BY.finditer(text)}
    return frozenset(out)


@functools.lru_cache(maxsize=4096)
def asked_strengths(text: str) -> frozenset[float]:
    """The strengths `text` says after a drug's name ("the pantoprazole 40 BID": 40)."""
    from service.drugs import drug_names

    return frozenset(float(m.group(2)) for m in _AFTER_NAME.finditer(text) if drug_names(m.group(1)))


@functools.lru_cache(maxsize=65536)
def request_counts(request: str) -> frozenset[float]:
    """The numbers a request heading states (in digits, in words, as 'xN'), and the visits of an 'N times a
    week for M weeks' or 'NxM'."""
    out = {_value(m.group(1) or m.group(2)) for m in _IN_REQUEST.finditer(request)}
    out |= {float(int(m.group(1)) * int(m.group(2))) for m in _TIMES.finditer(request)}
    out |= {float(m.group(1) or m.group(2)) for m in _BY_X.finditer(request)}  # "Physical therapy x8"
    return frozenset(out)


# a frequency and a length said of a request: "PT 2x6", "chiro 2 x 4", "1-2 times a week for 3 weeks", "3x/week for 4 weeks"
_SCHEDULE = re.compile(r"\b(\d{1,2})(?:\s*(?:-|to)\s*(\d{1,2}))?\s*(?:x|times)\s*(?:(?:a|per|/)\s*(?:wk|week)\s*(?:for\s*)?)?"
                       r"(\d{1,2})\b(?:\s*(?:wks?|weeks?))?(?![./])(?!\s*(?:mm|cm|in|ft)\b)", re.IGNORECASE)


def schedules(text: str) -> frozenset[tuple[int, int]]:
    """The frequencies and lengths `text` says of a request, as (visits a week, weeks), the most of a range
    ("1-2 times a week for 3 weeks": (2, 3)); a schedule said is the request's own count."""
    return frozenset((int(m.group(2) or m.group(1)), int(m.group(3))) for m in _SCHEDULE.finditer(text))


# "..., and did IMR grant the 2 that were left?", "did he get the other 27?", "what about the rest?":
# a second question about the rest of one item's units, not about the outcome of the items counted
_THE_REST = re.compile(rf"\b(?:the|those|his|her|their)\s+(?:other|remaining|last|missing|extra)?\s*{_NUMBER}\b(?!\s*-?\s*"
                       r"(?:year|yo\b|y/o))|\bthe\s+(?:rest|remainder|remaining\s+(?:ones|part|portion))\b", re.IGNORECASE)


def asks_of_the_rest(second: str) -> bool:
    """Whether `second`, a yes/no question after a count, asks about the rest of the units counted."""
    return bool(_THE_REST.search(second))


_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}


def kind_count(text: str, words: tuple[str, ...]) -> int | None:
    """How many of one kind the question tells, said right before its word in the plural ("all 3 MRIs", "both
    MRIs", "his two shots", "the 3 x-rays"), or before "requests" ("the 2 PT requests", "both MRI requests"), else
    None."""
    for word in words:
        if m := re.search(rf"\b(\d|two|three|four|five|six|both)\s+(?:of\s+(?:his|her|their|the|my)\s+)?(?:[\w-]+\s+)?"
                          rf"{re.escape(word)}\b(?P<requests>\s+(?:requests|items|orders|referrals)\b)?", text, re.IGNORECASE):
            # (not "6 chiropractic visits": one request's count)
            if (word.lower().endswith("s") or m.group("requests")) and m.group(1) != "1":
                return int(m.group(1)) if m.group(1).isdigit() else _NUMBER[m.group(1).lower()]
    return None
