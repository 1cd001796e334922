"""The asker's bare age after a comma, closing the story before the question ("my neck hurts, 53. did
they ...", "for my back, 57 and still working"), and a job opening the question without an article
("sewing machine operator, right wrist ..."): the person described; a count after a number is no age,
and "injured worker" is what every letter calls the patient, no job."""

from __future__ import annotations

import pytest

from service.people import read_person


@pytest.mark.parametrize(("question", "age"), [
    ("my right arm goes numb at night and my neck hurts, 53. did they say no to the MRI?", 53),
    ("the epidural shots for my lower back and right leg, 57 and still working full time - both turned down?", 57),
])
def test_a_bare_age_closing_the_story(question: str, age: int) -> None:
    assert read_person(question).age == age


@pytest.mark.parametrize("question", ["tramadol 50, 60. why denied?", "PT 2x6, 12 and then 6 more - why?"])
def test_a_count_after_a_number_is_no_age(question: str) -> None:
    assert read_person(question).age is None


@pytest.mark.parametrize(("question", "job"), [
    ("sewing machine operator, right wrist and elbow - was the anti-inflammatory pill ok'd at least?", "sewing machine operator"),
    ("warehouse worker, hurt my back lifting boxes - PT denied?", "warehouse worker"),
])
def test_a_job_opening_the_question_before_a_comma(question: str, job: str) -> None:
    assert read_person(question).occupations == (job,)


def test_the_injured_worker_is_no_job() -> None:
    assert read_person("injured worker, 45, why was my MRI denied").occupations == ()
