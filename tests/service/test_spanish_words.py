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


def test_the_decision_said_of_it_is_read_as_a_question_of_it() -> None:
    assert gloss("por qué la negaron?") == ("why was it denied?", [("por qué", "why"), ("la negaron", "was it denied")])
    assert gloss("y los aprobaron?")[0] == "y were they approved?"
    assert gloss("negaron la resonancia del hombro")[0] == "denied la resonancia del shoulder"


def test_a_spanish_why_follow_up_is_of_the_item_before() -> None:
    from service.conversation import Earlier, Fact, resolve

    mri = Fact(case_number="CM17-0002106", item_index=1, title="MRI of the left shoulder", decision="Upheld")
    earlier = [Earlier(question="la resonancia del hombro de la mujer de 54 años", items=(mri,), kind="item")]
    assert resolve(gloss("por qué la negaron?")[0], earlier).question == (
        "why was the MRI of the left shoulder in case CM17-0002106 denied?")
