"""A three-part claim: "IMR denied the MRIs of his neck and back but approved the one of his hand, is that
right?" names three MRIs, the hand's by "the one of his hand" (service.premises): each is checked against
its own outcome, and all three are answered though the neck's heading says "cervical spine"
(service.flows.chosen._alike). Tune nat-3289 answered the hand MRI alone and said neither yes nor no. Over
the real tune letter CM16-0234464 (cervical, lumbar and right hand MRIs, all upheld), the real model and
real HTTP."""

from __future__ import annotations

from service.premises import by_clause
from tests.conftest import ask, served_client

client = served_client("CM16-0234464")

QUESTION = ("so my husband (33) got his hand smashed in a door - IMR denied the MRIs of his neck and back but approved "
            "the one of his hand, is that right?")


def test_the_one_of_his_hand_is_the_hand_mri_claimed_approved() -> None:
    denied, approved = QUESTION.index("denied"), QUESTION.index("approved")
    claims = by_clause(QUESTION, [(denied, "Upheld"), (approved, "Overturned")], ("MRIs",), [("mri",)] * 3,
                       [("cervical",), ("lumbar",), ("wrist/hand",)])
    assert claims == ["Upheld", "Upheld", "Overturned"]


def test_each_mri_is_checked(client) -> None:
    answer = ask(client, QUESTION)
    assert answer["answer"].startswith(
        'No: "Single positional MRI of the right hand" was denied (upheld), not approved [1]. '
        '"Single positional MRI of the cervical spine" was denied (upheld), as the question says [2]. '
        '"Single positional MRI of the lumbar spine" was denied (upheld), as the question says [3].')
