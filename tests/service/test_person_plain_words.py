"""A patient described in plain words (service.people.read_person): "the kid who passed out at work
and fell, 24 - his doctor got a CT ..." gives an age after a comma and a dash, and a kid who passed
out is a person described."""

from __future__ import annotations

from service.people import read_person


def test_an_age_between_a_comma_and_a_dash() -> None:
    person = read_person("the kid who passed out at work and fell, 24 - his doctor got a CT of his neck after the fact.")
    assert (person.age, person.sex, person.described) == (24, "male", True)
    assert read_person("lumbar MRI, 24 \u2013 denied?").age == 24
    # a number of visits is no age
    assert read_person("PT 2x6, 12 visits - denied?").age is None


def test_a_kid_who_passed_out_is_a_person_described() -> None:
    assert read_person("was the CT approved for the kid who passed out at work?").described is True
    assert read_person("the fella who blacked out on the job: what happened to his MRI?").described is True
    assert read_person("was the CT approved?").described is False


def test_a_mistyped_sex_word_is_read() -> None:
    assert read_person("phyiscal therpay for lower bak 2x6 weks, 46 yo woamn, why was it uphled").sex == "female"
    assert read_person("im 40 femal with neck pain").sex == "female"
    assert read_person("the 46 yo mael with shoulder pain").sex == "male"
    # a country, an omen and a 3-letter word are no sex words
    assert read_person("worked in Oman, a bad omen, the mal de ojo - 46 yo").sex is None
