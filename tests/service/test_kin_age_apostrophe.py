"""A relative's age told with the apostrophe dropped ("my husbands 43 in rehab", typed in lowercase):
"my husband's 43", so the age is read, as typed with it; counts of things are left ("my patients 30
visits")."""

from __future__ import annotations

from datetime import date

import pytest

from service.apostrophes import with_apostrophes
from service.understand import understand


@pytest.mark.parametrize(("typed", "read"), [
    ("my husbands 43 in rehab after broken ribs", "my husband's 43 in rehab after broken ribs"),
    ("my moms 61 and fell at work", "my mom's 61 and fell at work"),
    ("my dads 53, he had surgery", "my dad's 53, he had surgery"),
    ("my husbands 53 his right ring finger and pinky go numb", "my husband's 53 his right ring finger and pinky go numb"),
    ("my moms 61 her hip hurts", "my mom's 61 her hip hurts"),
    ("my patients 30 visits were cut", "my patients 30 visits were cut"),
    ("the patients 12 sessions", "the patients 12 sessions"),
])
def test_an_age_after_a_relative_takes_the_apostrophe(typed: str, read: str) -> None:
    assert with_apostrophes(typed)[0] == read


def test_the_age_is_read() -> None:
    q = understand("my husbands 43 in rehab after broken ribs and stomach surgery - did imr approve his physical therapy",
                   date(2026, 12, 1))
    assert (q.person.age, q.person.sex) == (43, "male")


def test_the_age_is_read_before_a_possessive() -> None:
    q = understand("my husbands 53 his right ring finger and pinky go numb and his neck hurts. did they ok the nerve test on his arm",
                   date(2026, 12, 1))
    assert (q.person.age, q.person.sex) == (53, "male")
