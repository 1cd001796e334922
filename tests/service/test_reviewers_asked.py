"""Questions asked of the reviewers of a kind of request ("which reviewers approved acupuncture?", "what kind of
doctors denied the MRI requests?", "who reviewed the MRI denials?"): the letters grouped by their reviewer's
specialty, with counts, each letter cited by the reviewer's credentials (service.reviewers_asked,
service.flows.reviewers). One reviewer's item ("what did the reviewer say about the acupuncture?") and a
specialty that is a treatment ("was the chiropractor approved?") are answered as before. Real letters, the real
model, real HTTP (/api/ask)."""

from __future__ import annotations

import pytest

from service.reviewers_asked import asks_reviewers
from tests.conftest import ask, served_client

# CM16-0242419: acupuncture approved and a lumbar MRI denied, reviewer Preventive Medicine, Occupational Medicine;
# CM17-0010885: acupuncture approved, reviewer Preventive Medicine, Occupational Medicine, Public Health & General
# Preventive Medicine; CM17-0007857: acupuncture (the remaining 2 sessions) denied, reviewer Orthopedic Surgery
client = served_client("CM16-0242419", "CM17-0010885", "CM17-0007857")


@pytest.mark.parametrize("question", [
    "which reviewers approved acupuncture?",
    "what kind of doctors denied the MRI requests?",
    "who reviewed the MRI denials?",
    "what specialties reviewed the acupuncture requests?",
    "acupuncture - which doctors approved it?",
])
def test_asked_of_the_reviewers(question: str) -> None:
    assert asks_reviewers(question)


@pytest.mark.parametrize("question", [
    "was the chiropractor approved?",
    "what did the reviewer say about the acupuncture?",
    "which reviewer denied her MRI?",
    "who reviewed her MRIs?",
    "who reviewed the MRI?",
    "which reviewers were orthopedic surgeons?",
    "what did the reviewers who denied MRIs cite?",
])
def test_not_asked_of_the_reviewers_across_letters(question: str) -> None:
    assert not asks_reviewers(question)


def test_the_approvals_by_the_reviewers_specialty(client):
    answer = ask(client, "which reviewers approved acupuncture?")
    assert answer["answer"] == (
        "2 acupuncture requests were approved (overturned), in 2 letters. Their reviewers, by specialty: Preventive "
        "Medicine and Occupational Medicine (1): CM16-0242419 [1]; Preventive Medicine, Occupational Medicine and Public "
        "Health & General Preventive Medicine (1): CM17-0010885 [2].")
    assert [(c["case_number"], c["role"], c["decision"]) for c in answer["citations"]] == [
        ("CM16-0242419", "reviewer", "Overturned"), ("CM17-0010885", "reviewer", "Overturned")]
    assert "Occupational Medicine" in answer["citations"][0]["quote"]
    assert answer["table"]["rows"] == [["Preventive Medicine and Occupational Medicine", 1],
                                       ["Preventive Medicine, Occupational Medicine and Public Health & General "
                                        "Preventive Medicine", 1]]
    assert answer["rule"] == ("each letter with acupuncture requests approved (overturned), counted once, under its "
                              "reviewer's specialty as the letter prints it")
    assert answer["table"]["links"][0] == {"treatment": "acupuncture", "decision": "Overturned", "case_number": "CM16-0242419"}


def test_every_decision_when_none_is_asked(client):
    answer = ask(client, "what specialties reviewed the acupuncture requests?")
    assert answer["answer"].startswith(
        "3 acupuncture requests are in the index (2 approved, 1 denied), in 3 letters. Their reviewers, by specialty: "
        "Orthopedic Surgery (1): CM17-0007857 (denied) [1]; Preventive Medicine and Occupational Medicine (1): "
        "CM16-0242419 (approved) [2]; ")


def test_one_letter_and_none_with_the_outcome(client):
    answer = ask(client, "who reviewed the MRI denials?")
    assert answer["answer"] == ("1 MRI request was denied (upheld), in 1 letter. Its reviewer, by specialty: Preventive "
                                "Medicine and Occupational Medicine (1): CM16-0242419 [1].")
    answer = ask(client, "which doctors approved the MRIs?")
    assert answer["answer"].startswith("The one MRI request in the index was not approved (overturned): it was denied "
                                       "(upheld), in 1 letter. Its reviewer, by specialty: Preventive Medicine and "
                                       "Occupational Medicine (1): CM16-0242419 (denied) [1].")


def test_one_item_and_a_treatment_stay_item_answers(client):
    answer = ask(client, "what did the reviewer say about the acupuncture?")
    assert answer["kind"] == "item" and answer["table"] is None
    answer = ask(client, "what kind of doctor approved the acupuncture in CM16-0242419?")  # the case named: its item
    assert answer["kind"] == "item" and answer["table"] is None
    assert answer["citations"][0]["case_number"] == "CM16-0242419"


def test_no_kind_named_is_every_request_with_the_outcome(client):
    answer = ask(client, "which reviewers approved anything?")
    assert answer["answer"] == (
        "3 requests were approved (overturned), in 2 letters. Their reviewers, by specialty: Preventive Medicine and "
        "Occupational Medicine (1): CM16-0242419 [1]; Preventive Medicine, Occupational Medicine and Public Health & "
        "General Preventive Medicine (1): CM17-0010885 [2].")
