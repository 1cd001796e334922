"""What a patient asked for is every request of theirs ("what did the 67 yo cook ask for?"); an age
by its decade ("in her 60s") and the people of a case ("the doctor") are no treatment a letter must
use. Sample letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, sample_client

# a 67-year-old cook: lumbar PT and a lumbar CT (both upheld); a 65-year-old farm worker: a right hip CT
# and 8 PT visits (both upheld); a 35-year-old man's right knee MRI (upheld)
client = sample_client("CM16-0162806", "CM15-0249522", "CM15-0249506")


def test_what_the_patient_asked_for_is_every_request(client) -> None:
    answer = ask(client, "what did the 67 yo cook ask for?")
    assert answer["answer"].startswith("In CM16-0162806, both requests were denied (upheld).")


def test_an_age_by_its_decade_is_no_thing_of_hers(client) -> None:
    answer = ask(client, "the farm worker lady in her 60s, her stuff got denied?")
    assert answer["not_found"] == ""
    assert answer["answer"].startswith("In CM15-0249522, both requests were denied (upheld).")


def test_the_doctor_is_no_treatment(client) -> None:
    answer = ask(client, "what did the doctor request for the knee?")
    assert answer["not_found"] == ""
    assert answer["citations"][0]["request"] == "MRI OF THE RIGHT KNEE"


stocker = sample_client("CM16-0162879")  # a 36-year-old stocker: knee MRI and EMG/NCS overturned, chiro and TENS upheld


def test_what_did_not_get_approved_is_her_denials(stocker) -> None:
    answer = ask(stocker, "the 36 yo stocker, what didn't get approved?")
    assert answer["answer"].startswith("In CM16-0162879, 2 of the 4 requests were denied (upheld).")
    assert {c["item_index"] for c in answer["citations"]} == {2, 3}
