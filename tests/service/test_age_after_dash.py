"""The asker's own age set off by a dash and a comma, the story after it ("my neck MRI got cut - 33,
smashed my hand in a door"): an age; a count so set off before a treatment is none ("meds denied -
60, tramadol too")."""

from __future__ import annotations

import pytest

from service.people import read_person


@pytest.mark.parametrize(("question", "age"), [
    ("my neck MRI got cut - 33, smashed my hand in a door. why?", 33),
    ("why was my back MRI denied \u2013 48, I fell off a ladder", 48),
    ("PT denied - 52, hurt my back lifting boxes", 52),
])
def test_an_age_between_a_dash_and_a_comma_before_the_story(question: str, age: int) -> None:
    assert read_person(question).age == age


@pytest.mark.parametrize("question", ["meds denied - 60, tramadol too", "Norco - 60, Soma - 30: why denied?"])
def test_a_count_between_a_dash_and_a_comma_is_no_age(question: str) -> None:
    assert read_person(question).age is None


@pytest.mark.parametrize(("question", "age"), [
    ("two young women with low back strain on light duty, 27 and 28 - why was the older one's MRI denied?", 28),
    ("two men (45 and 52): was the younger one's PT denied?", 45),
])
def test_two_bare_ages_after_the_people_named_pick_the_older_or_younger(question: str, age: int) -> None:
    assert read_person(question).age == age


def test_two_numbers_that_are_no_ages_of_people_pick_no_one() -> None:
    assert read_person("between 12 and 24 sessions, which one was older?").age is None
