"""Ages and counts a question spells in words, read as the digits every reader of a question
expects: "a fifty-two-year-old" is "a 52-year-old", "she's forty-five" "she's 45", "my dad is
sixty three" "my dad is 63", "fifty-three y/o" "53 y/o", "twenty-seven pills" "27 pills".

A dose said aloud is its decimal ("seven point five" 7.5), and a count from twenty-one up said
aloud is read wherever it stands as "X of my Y" or "the other X" ("sixty three of my ninety", "the
other twenty seven").

Only where the number can be nothing else: before "year old", "yo", "y/o" or a unit counted
(sessions, visits, pills, ...), or an age after "I'm", "she's", "is", "aged", or before a bare "years" (from sixteen up: "she
is one of", "for two years" stay). Numbers up to twenty before a unit stay as typed
(service.quantity reads "eight PT sessions" itself).
"""

from __future__ import annotations

import re

_ONES = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * n for n, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if n >= 2}
_UNIT_ONES = "one|two|three|four|five|six|seven|eight|nine"
_WORD = (rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{_UNIT_ONES}))?|{'|'.join(sorted(_ONES, key=len, reverse=True))})")
SPELT_NUMBER = _WORD  # a number spelt out, "one" to "ninety-nine" (a pattern for other modules to build on)
_AGE_AFTER = r"(?=[- ]?(?:years?[- ]old|yrs?[- ]old|yo\b|y/o|y\.o\.|years?\b|yrs?\b))"
_UNITS = (r"(?=\s+(?:(?:more|extra|additional|PT|chiro|acupuncture|therapy|of\s+the|of\s+his|of\s+her)\s+)?(?:sessions?|"
          r"visits?|treatments?|pills?|tablets?|capsules?|refills?|hours?|days?|weeks?|months?|patches|injections?|units?)\b)")
_AGE_BEFORE = r"\b((?:I'm|Im|am|is|was|aged|age|turned|he's|she's)\s+)"
_NUMBER = re.compile(rf"\b({_WORD})(?:{_AGE_AFTER}|{_UNITS})|{_AGE_BEFORE}({_WORD})\b(?![- ](?:of|out|times|weeks?|days?|"
                     r"months?|hours?|percent|or)\b)", re.IGNORECASE)


# a dose said aloud: "cyclobenzaprine seven point five" is 7.5 (not "at one point")
_POINT = re.compile(rf"(?<!\bat\s)\b({_WORD})\s+point\s+({'|'.join(list(_ONES)[:10])})\b", re.IGNORECASE)
# a count said aloud, beyond the numbers a unit keeps as typed: "sixty three of my ninety" (pills), "the
# other twenty seven"
_OF_COUNT = re.compile(rf"\b({_WORD})\s+of\s+(my|his|her|their|your|the)\s+({_WORD}|\d+)\b", re.IGNORECASE)
_THE_OTHER = re.compile(rf"\b(the\s+(?:other|remaining|last)\s+)({_WORD})\b", re.IGNORECASE)
SPOKEN_FROM = 21  # a count spelt out from here on is read in digits wherever it stands


def _value(words: str) -> int:
    parts = re.split(r"[- ]", words.lower())
    return sum(_TENS.get(p, _ONES.get(p, 0)) for p in parts)


def number_value(said: str) -> int:
    """A count as typed, in digits or spelt ("12", "eight", "twenty-seven"): its value."""
    return int(said) if said.isdigit() else _value(said)


def in_digits(text: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with the ages and counts spelt in words written in digits, and what was read as what."""
    read: list[tuple[str, str]] = []

    def digits(m: re.Match[str]) -> str:
        typed, before = m.group(1) or m.group(3), m.group(2) or ""
        value = _value(typed)
        before_unit = m.group(1) is not None and not re.match(r"[- ]?(?:years?|yrs?|yo|y/o|y\.o\.)", text[m.end():],
                                                              re.IGNORECASE)
        bare_years = m.group(1) is not None and re.match(r"[- ]?(?:years?|yrs?)\b(?![- ]old)", text[m.end():], re.I)
        if (m.group(3) is not None or bare_years) and value < 16 or before_unit and value <= 20:
            return m.group(0)
        read.append((typed, str(value)))
        return before + str(value)

    text = _NUMBER.sub(digits, text)

    def point(m: re.Match[str]) -> str:
        read.append((m.group(0), f"{_value(m.group(1))}.{_value(m.group(2))}"))
        return read[-1][1]

    def of_count(m: re.Match[str]) -> str:
        a, b = _value(m.group(1)), int(m.group(3)) if m.group(3).isdigit() else _value(m.group(3))
        if max(a, b) < SPOKEN_FROM:
            return m.group(0)
        read.append((m.group(0), f"{a} of {m.group(2)} {b}"))
        return read[-1][1]

    def the_other(m: re.Match[str]) -> str:
        n = _value(m.group(2))
        if n < SPOKEN_FROM:
            return m.group(0)
        read.append((m.group(2), str(n)))
        return m.group(1) + str(n)

    text = _POINT.sub(point, text)
    text = _OF_COUNT.sub(of_count, text)
    return _THE_OTHER.sub(the_other, text), read
