"""A patient described in a person's own words, not the three metadata fields verbatim.

"a man in his fifties", "a 52 year old guy", "a woman in her early forties hurt in October 2016".
`describe` picks the vaguest wording that still matches exactly one of the letters given: a
description that fits two letters has no single gold patient.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_TENS = {2: "twenties", 3: "thirties", 4: "forties", 5: "fifties", 6: "sixties", 7: "seventies", 8: "eighties"}
_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS_WORD = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty"}
_NOUNS = {"male": ("man", "guy", "gentleman"), "female": ("woman", "lady")}
_PRONOUN = {"male": "his", "female": "her"}


def _facts(letter: dict[str, Any]) -> tuple[str, int, int, int, int] | None:
    """(sex, age, injury month, day, year) from a reference letter, or None when any is missing."""
    sex, age, doi = letter.get("sex"), letter.get("age"), letter.get("date_of_injury") or ""
    parts = doi.split("/")
    if sex not in _NOUNS or not age or len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    return sex, int(age), int(parts[0]), int(parts[1]), int(parts[2])


def age_words(age: int) -> str:
    """52 -> "fifty-two"."""
    tens, ones = divmod(age, 10)
    if tens not in _TENS_WORD:
        return str(age)
    return _TENS_WORD[tens] + (f"-{_ONES[ones]}" if ones else "")


def _part(age: int) -> str:
    ones = age % 10
    return "early" if ones <= 3 else "mid" if ones <= 6 else "late"


# (precision level, does a letter's facts match another's at this level, wording)
def _same(level: int, a: tuple, b: tuple) -> bool:
    sex_a, age_a, m_a, d_a, y_a = a
    sex_b, age_b, m_b, d_b, y_b = b
    if sex_a != sex_b:
        return False
    if level == 0:
        return age_a // 10 == age_b // 10
    if level == 1:
        return age_a // 10 == age_b // 10 and (m_a, y_a) == (m_b, y_b)
    if level == 2:
        return age_a // 10 == age_b // 10 and _part(age_a) == _part(age_b) and (m_a, y_a) == (m_b, y_b)
    if level == 3:
        return age_a == age_b and (m_a, y_a) == (m_b, y_b)
    return age_a == age_b and (m_a, d_a, y_a) == (m_b, d_b, y_b)


def _words(level: int, facts: tuple, rng: random.Random) -> str:
    sex, age, month, day, year = facts
    noun, his = rng.choice(_NOUNS[sex]), _PRONOUN[sex]
    decade = _TENS.get(age // 10, f"{age // 10 * 10}s")
    when = rng.choice((f"hurt in {MONTHS[month - 1]} {year}", f"injured at work in {MONTHS[month - 1][:3]}. {year}",
                       f"whose work injury was in {MONTHS[month - 1]} {year}"))
    if level == 0:
        return f"a {noun} in {his} {decade}"
    if level == 1:
        return f"a {noun} in {his} {decade} {when}"
    if level == 2:
        return f"a {noun} in {his} {_part(age)} {decade} {when}"
    if level == 3:
        who = rng.choice((f"a {age} year old {noun}", f"a {age_words(age)}-year-old {noun}", f"a {noun}, age {age},"))
        return f"{who} {when}"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day if day < 20 else day % 10, "th")
    return f"a {age} yo {noun} injured on {MONTHS[month - 1]} {day}{suffix}, {year}"


def describe(letter: dict[str, Any], others: Sequence[dict[str, Any]], rng: random.Random) -> str | None:
    """The vaguest description of `letter`'s patient that no letter in `others` also fits; None if none."""
    facts = _facts(letter)
    if facts is None:
        return None
    rivals = [f for f in (_facts(o) for o in others if o is not letter and o["case_number"] != letter["case_number"])
              if f is not None]
    for level in range(5):  # a letter whose reference has no age or sex fits no description
        if not any(_same(level, facts, rival) for rival in rivals):
            return _words(level, facts, rng)
    return None
