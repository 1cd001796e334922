"""The words naming the reviewer's specialty ("the neurology reviewers") are the reviewer's, not a treatment
that no letter decides: the letters their reviewers decided answer. Over real letters, the real model and
real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM16-0246624: reviewer Neurology, Pain Management (cervical MRI overturned); CM17-0002106: Neurological
# Surgery (left shoulder MRI, cervical MRI, head CT upheld); CM16-0231745 another reviewer's
neuro = served_client("CM16-0246624", "CM17-0002106", "CM16-0231745")


def test_a_specialty_no_letter_requests_is_the_reviewers(neuro) -> None:
    # nat-3495's shape: "No letter in the index decides a request for neurology"
    answer = ask(neuro, "what did the neurology reviewers decide?")
    assert answer["abstained"] is False
    assert answer["citations"][0]["case_number"] == "CM16-0246624"
    assert answer["answer"].startswith("1 request, in 1 letter, was decided by a reviewer who is a specialist in Neurology "
                                       "(1 approved).")
    surgeons = ask(neuro, "what did the neurosurgeon reviewers decide?")
    assert surgeons["abstained"] is False
    assert {c["case_number"] for c in surgeons["citations"]} == {"CM17-0002106"}
