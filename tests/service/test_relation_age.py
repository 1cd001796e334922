"""The patient told by who they are to the asker and their age, typed telegraphically without "my"
and "is" ("wife 50 and hurt neck at work", "dad 54, chair broke"): the age is read as with them, at
the start of a sentence; a count after such a word is no age ("patient 12 visits")."""

from __future__ import annotations

import pytest

from service.people import read_person


@pytest.mark.parametrize(("question", "age", "sex"), [
    ("wife 50 and hurt neck at work. imr approve neck therapy", 50, "female"),
    ("dad 54, chair broke under at work. why turn down pt for lower back", 54, "male"),
    ("daughter 27. why won't approve more back adjustments for lower back", 27, "female"),
    ("UR cut the PT. husband 45, herniated disc in low back. imr approve epidural", 45, "male"),
    ("my dad 63 tripped at work", 63, "male"),
])
def test_a_relation_and_an_age_typed_without_my_and_is(question: str, age: int, sex: str) -> None:
    person = read_person(question)
    assert (person.age, person.sex) == (age, sex)


@pytest.mark.parametrize("question", ["patient 12 visits of PT were denied", "the client 37 sessions later",
                                      "why was the PT for his son denied? 30 sessions"])
def test_a_count_after_a_relation_is_no_age(question: str) -> None:
    assert read_person(question).age is None
