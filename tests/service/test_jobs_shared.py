"""A job that several letters print ("the truck driver", "the female mechanic"): each letter that
prints it, and agrees with the age and sex given, is the patient described as far as the question
can say, so the answer says how many fit and answers each, as it does for an age and a sex that
several letters share (service.patients.job_letters, service.flows.fitting). A job with an age that
one letter fits is that letter's. Over the project's sample letters, the real model and real HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import ask, sample_client

LETTERS = [
    "CM16-0162904",  # a 28-year-old male truck driver: pain consult overturned, cream and EMG/NCS upheld
    "CM16-0162840",  # a 70-year-old male truck driver: FRP and TENS upheld, left shoulder MRI overturned
    "CM16-0162879",  # a 36-year-old female retail stocker: knee MRI and leg EMG/NCS overturned, chiro and TENS upheld
    "CM16-0162780",  # a 42-year-old male retail stocker: elbow injection and arm EMG/NCS upheld
    "CM16-0162851",  # a 28-year-old male farm worker
]


client = sample_client(*LETTERS)


def test_a_job_two_letters_print_answers_both(client) -> None:
    answer = ask(client, "the truck driver - was anything approved?")
    assert answer["lead"].startswith("Yes: 2 letters fit the truck driver equally. ")
    assert "In CM16-0162904, 1 of the 3 requests was approved (overturned)." in answer["lead"]
    assert "In CM16-0162840, 1 of the 3 requests was approved (overturned)." in answer["lead"]
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0162904", "CM16-0162840"}


def test_one_treatment_of_a_shared_job_is_answered_for_each(client) -> None:
    answer = ask(client, "the retail stocker - was the EMG approved?")
    assert answer["lead"].startswith("It depends on which letter: 2 letters fit the retail stocker equally and each has a request for EMG")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0162879", "CM16-0162780"}


def test_a_job_and_an_age_one_letter_fits_picks_it(client) -> None:
    answer = ask(client, "the 70 year old truck driver - was anything approved?")
    assert "letters fit" not in answer["answer"]
    # ... asked yes or no of any of his requests: yes, one was approved
    assert answer["answer"].startswith("Yes: in CM16-0162840, 1 of the 3 requests was approved (overturned).")


def test_what_did_imr_decide_for_a_shared_job_answers_both(client) -> None:
    # "what did IMR decide?" asks of the patient's requests in general, as "... decide for ...?" does
    answer = ask(client, "the truck driver - what did IMR decide?")
    assert answer["lead"].startswith("2 letters fit the truck driver equally. ")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0162904", "CM16-0162840"}


def test_a_bare_what_did_imr_decide_counts_for_a_job_only() -> None:
    # after an age, a sex and a story, "What did IMR decide?" is no request for every letter of a
    # 54-year-old woman (the story tells more than the fields each_fitting checks)
    from service.flows.fitting import _DECIDED_BARE, _WHAT_REQUESTED

    story = "My sister is 54. She fell at work and hurt her knee. What did IMR decide?"
    assert _WHAT_REQUESTED.search(story) is None
    assert _DECIDED_BARE.search(story) is not None  # read only with a job told
    assert _WHAT_REQUESTED.search("what did IMR decide for the 70 yo truck driver?") is not None
