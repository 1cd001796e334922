"""Letters that give the same age, sex and date of injury are one worker's, reviewed more than once: a question
telling the worker's story is answered over all of them, whatever one summary says of the injury that the other
does not ("punched in the face"), and "did IMR help her at all?" is yes when any of them was approved. Without a
story, the letters alike are said each on its own.
Over real letters, the real model and real HTTP."""

from __future__ import annotations

from service.flows.group_yes_no import yes_or_no
from tests.conftest import ask, served_client


def test_helped_at_all_is_any_approved() -> None:
    assert yes_or_no(["Upheld", "Overturned"], "Overturned", "did IMR help her at all?", False) == "Yes"
    assert yes_or_no(["Upheld", "Overturned"], "Overturned", "were her requests approved?", False) == "No"


# a 50-year-old woman injured 10/18/2016: CM17-0006045 (PT for the neck upheld; its summary: "status post being
# punched in the face") and CM17-0010885 (acupuncture and additional PT overturned; "face contusion"); a
# 33-year-old man injured 10/14/2016: CM16-0247624 (head CT upheld, naproxen overturned), CM16-0234464 (6 upheld)
workers = served_client("CM17-0006045", "CM17-0010885", "CM16-0247624", "CM16-0234464")


def test_the_worker_told_by_how_one_letter_says_they_were_hurt_is_every_letter_of_theirs(workers) -> None:
    answer = ask(workers, "my mother is 50, somebody punched her in the face at her job. did IMR help her at all?")
    assert answer["answer"].startswith(
        "Yes: the 50-year-old woman has 2 letters (each gives the same age, sex and date of injury, October 18, 2016: "
        "one worker, reviewed more than once). In CM17-0010885, both requests were approved (overturned). In CM17-0006045, the one "
        "request was denied (upheld).")
    assert [(c["case_number"], c["item_index"]) for c in answer["citations"] if c["role"] == "heading"] == [
        ("CM17-0010885", 1), ("CM17-0010885", 2), ("CM17-0006045", 1)]


def test_without_a_story_the_letters_alike_are_said_each_on_its_own(workers) -> None:
    answer = ask(workers, "the 33 year old man injured 10/14/2016 - what did IMR decide?")
    assert answer["answer"].startswith("2 letters fit the 33-year-old man equally. In CM16-0")
    assert "In CM16-0247624, 2 requests: 1 approved (overturned), 1 denied (upheld)." in answer["lead"]
    assert "In CM16-0234464, all 6 requests were denied (upheld)." in answer["lead"]


def test_a_request_told_or_set_aside_keeps_the_letter_it_is_in(workers) -> None:
    answer = ask(workers, "33 yo, smashed his hand on a door. ok the MRIs were denied, what else did he ask for and did "
                          "any of it get approved?")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0234464"}
    assert "besides the MRIs, all 3 requests were denied (upheld)" in answer["answer"]


def test_a_treatment_asked_of_one_workers_letters_is_one_letters(workers) -> None:
    # a treatment one letter alone decided is that letter's
    one = ask(workers, "the 33 yo man who smashed his hand on a door, did he get his neck MRI?")
    assert {c["case_number"] for c in one["citations"]} == {"CM16-0234464"}
    # ... and two drugs named, one a drug the other letter does not have, are one letter's (nat-3052)
    drugs = ask(workers, "the 33 yo guy with the smashed hand - the numbing cream was approved but the diclofenac was "
                         "denied, correct?")
    assert drugs["answer"].startswith('No: "Lidocaine ointment 5% 106.32gm" was denied (upheld), not approved [1].')


def test_a_treatment_the_described_letter_lacks_is_said_of_the_same_workers_other_letters(workers) -> None:
    # the story fits CM17-0006045 (its PT alone decided); the acupuncture is in CM17-0010885, said after the lack
    answer = ask(workers, "my mom is 50, somebody punched her in the face at work. was her acupuncture approved?")
    assert answer["answer"] == (
        'The letter of the patient described, case CM17-0006045, has no request for acupuncture. Its letter decided 1 '
        'item: 1. "Eight physical therapy sessions for the neck": denied (upheld). Letter CM17-0010885 gives the same '
        'age, sex and date of injury (the same worker, reviewed again?) and decided "Initial acupuncture, 1 to 2 times '
        'per week for 4 weeks, for the neck": approved (overturned).')
    # ... and a treatment none of the worker's letters decided is lacking, nothing more said
    none = ask(workers, "my mom is 50, somebody punched her in the face at work. was her MRI approved?")
    assert none["answer"] == ('The letter of the patient described, case CM17-0006045, has no request for MRI. Its letter '
                              'decided 1 item: 1. "Eight physical therapy sessions for the neck": denied (upheld).')


def test_the_worker_told_by_an_assault_only_one_letter_records_is_every_letter_of_theirs(workers) -> None:
    # no part of the body told: the one letter whose summary records the assault, and the same worker's other one
    answer = ask(workers, "my mom is 50, she was punched at work - what did IMR decide?")
    assert answer["answer"].startswith(
        "The 50-year-old woman has 2 letters (each gives the same age, sex and date of injury, October 18, 2016: "
        "one worker, reviewed more than once).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0006045", "CM17-0010885"}


def test_what_did_imr_decide_closing_a_patients_story_asks_of_every_request() -> None:
    from service.flows.chosen import every_item

    assert every_item("my wife is 50, she was hit in the face at work and now she's depressed - what did IMR decide?")
    assert every_item("the 50 yo woman - what did the reviewer decide?")
    assert not every_item("what did IMR decide about the lumbar MRI for the 28 yo woman?")
