"""What the reviewers of a specialty reviewed (service.flows.reviewed_by): every item of their letters."""

from __future__ import annotations

import pytest

from service.flows.reviewed_by import asks_what_reviewed
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "asked"), [
    ("which requests did neurosurgeons review?", True),
    ("what did the neurosurgeon reviewers decide?", True),
    ("which cases did an ER doctor review and how did they come out", True),
    ("how many cases did a neuro doc review?", False),
    ("which reviewers were orthopedic surgeons?", False),
])
def test_what_a_specialty_reviewed_is_asked_as_a_listing(question: str, asked: bool) -> None:
    assert asks_what_reviewed(question) is asked


def test_orthopedic_surgeons_plural_are_the_reviewers() -> None:
    # "orthopedic surgeons review" read "orthopedic surgeon" and then "s review": no reviewer, a treatment not found
    assert understand("which requests did orthopedic surgeons review?").reviewer == "Orthopedic Surgery"
    assert understand("did a dermatologist review any of these requests?").reviewer == "Dermatology"


# a neurosurgeon's letter (shoulder MRI, cervical MRI, head CT), a neurologist's (cervical MRI) and an
# occupational medicine reviewer's (naproxen)
letters = served_client("CM17-0002106", "CM16-0246624", "CM17-0019011")


def test_which_requests_a_specialty_reviewed_lists_each_item_with_its_decision(letters) -> None:
    # answered one item of the neurosurgeon's letter ("CT scan of the head" with its reasons)
    answer = ask(letters, "which requests did neurosurgeons review?")
    assert answer["kind"] == "list"
    assert answer["answer"] == (
        '3 requests, in 1 letter, were decided by a reviewer who is a specialist in Neurological Surgery (3 denied). '
        'CM17-0002106 (Neurological Surgery [1]): "MRI of the left shoulder", denied (upheld) [2], no objective findings '
        'or red flags: "The documentation submitted for review failed to provide any significant complaints or physical '
        'examination findings regarding the left shoulder to warrant the need of imaging." [3]; "MRI of the cervical '
        'spine", denied (upheld) [4], no objective findings or red flags: "The documentation submitted for review failed '
        'to provide any significant complaints or physical examination findings to warrant the need of imaging of the '
        'cervical spine." [5]; "CT scan of the head", denied (upheld) [6], no objective findings or red flags: "The '
        'documentation submitted for review failed to provide any red flag conditions." [7].')
    assert sorted({(c["case_number"], c["item_index"]) for c in answer["citations"]}) == [
        ("CM17-0002106", 1), ("CM17-0002106", 2), ("CM17-0002106", 3)]


def test_neuro_reviewers_list_both_specialties_letters(letters) -> None:
    answer = ask(letters, "what did the neuro reviewers decide?")
    assert answer["answer"].startswith(
        "4 requests, in 2 letters, were decided by a reviewer who is a specialist in Neurology or Neurological Surgery "
        "(1 approved, 3 denied).")
    assert sorted({c["case_number"] for c in answer["citations"]}) == ["CM16-0246624", "CM17-0002106"]


def test_a_specialty_no_reviewer_has_names_the_specialties_held(letters) -> None:
    answer = ask(letters, "did a dermatologist review any of these requests?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "no_reviewer")
    assert answer["answer"] == ("No letter in the index was decided by a reviewer who is a specialist in Dermatology. The "
                                "reviewers' specialties in the index: Neurological Surgery, Neurology, Occupational "
                                "Medicine, Pain Management, Preventive Medicine.")
