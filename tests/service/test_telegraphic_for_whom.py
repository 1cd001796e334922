"""The patient named after "for" in a question typed telegraphically, without "the": by their job
("why imr approve naproxen for sewing machine operator") or called by what sets them apart ("why
stomach pill denied for sewing machine lady") is one person, as "for the sewing machine operator"
is; "for a construction worker", "for construction workers" and "for any old man" are still no one."""

from __future__ import annotations

import pytest

from service.people import one_person, read_person


@pytest.mark.parametrize(("question", "occupations", "sex"), [
    ("why imr approve naproxen for sewing machine operator", ("sewing machine operator",), None),
    ("why stomach pill denied for sewing machine lady", ("sewing machine lady",), "female"),
    ("MRI for dizzy lady - approved", ("dizzy lady",), "female"),
])
def test_a_person_after_for_without_the_is_one_person(question, occupations, sex) -> None:
    p = read_person(question)
    assert (p.occupations, p.sex, p.described, one_person(question, p)) == (occupations, sex, True, True)


@pytest.mark.parametrize("question", [
    "has IMR ever approved a lumbar MRI for a construction worker?",
    "imr ever approve mri for construction workers",
    "was acupuncture approved for any old man",
    "was PT approved for injured man",
    "hours for home aide",
])
def test_a_population_after_for_is_no_one(question: str) -> None:
    p = read_person(question)
    assert one_person(question, p) is False
