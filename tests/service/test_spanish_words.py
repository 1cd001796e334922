"""Spanish words in an English question (service.spanish): who the patient is, their age and where
it hurts are read as English, so the patient and the body part are found."""

from __future__ import annotations

from service.spanish import gloss
from service.understand import understand


def test_who_how_old_and_where_are_read_as_english() -> None:
    text, pairs = gloss("mi mama tiene 62, su hombro derecho duele - why no MRI del hombro?")
    assert text == "my mother is 62, su shoulder right hurts - why no MRI del shoulder?"
    assert ("tiene 62", "is 62") in pairs and ("hombro", "shoulder") in pairs
    assert gloss("Mi hermano, 60 anos, his neck, por qué?")[0] == "my brother, 60 years old, his neck, why?"


def test_english_words_and_miles_are_left_alone() -> None:
    assert gloss("ran 5 mi a day, ate pie, red rash once") == ("ran 5 mi a day, ate pie, red rash once", [])


def test_the_patient_and_the_body_part_are_found() -> None:
    query = understand("mi mama tiene 62, repetitive work, su hombro derecho duele mucho - why no MRI del hombro?")
    assert (query.person.age, query.person.sex) == (62, "female")
    assert query.body_regions == ("shoulder",)
