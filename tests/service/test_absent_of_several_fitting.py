"""A treatment no letter decides, asked of a patient described by fields alone that two letters fit, one
of them with requests of the kind asked: "did the 57 year old get a nerve block?" says no letter has it,
then what the letter with injections decided (a case-lacks answer), not a bare no-treatment answer."""

from __future__ import annotations

from tests.conftest import ask, served_client

client = served_client("CM17-0005418", "CM17-0004344", "CM16-0248471")


def test_each_letter_that_fits_is_said(client):
    answer = ask(client, "did the 57 year old get a nerve block?")
    assert answer["abstained"]
    assert answer["answer"] == (
        "No letter in the index decides a request for nerve block. Of the 2 letters that fit the 57-year-old patient, "
        'CM17-0005418 decided injection requests: it has no request for it either. Its letter decided 2 items: 1. "Right L4 transforaminal epidural '
        'steroid injection under fluoroscopic guidance": denied (upheld); 2. "Right L5 transforaminal epidural steroid '
        'injection under fluoroscopic guidance": denied (upheld).')
    assert answer["not_found"] == "case_lacks"


def test_the_letter_of_the_kind_is_the_one_said(client):
    # a bone scan: imaging, and the lumbar MRI's letter is the one with imaging
    answer = ask(client, "did the 57 year old get a bone scan?")
    assert answer["answer"] == (
        "No letter in the index decides a request for bone scan. Of the 2 letters that fit the 57-year-old patient, "
        'CM17-0004344 decided imaging requests: it has no request for it either. Its letter decided 1 item: 1. "MRI of '
        'the lumbar spine": denied (upheld).')


def test_one_letter_that_fits_is_its_own(client):
    # the 37-year-old woman: one letter, said as the patient's own
    answer = ask(client, "did the 37 yo woman get a nerve block?")
    assert "The letter of the patient described, case CM16-0248471, has no request for it either." in answer["answer"]
