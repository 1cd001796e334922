""" "is he a surgeon?" asked of the reviewer (a follow-up of "who reviewed it?"): any surgical specialty, answered yes or
no from the credentials the letter prints (service.reviewers, service.compose.facts). Real letters, the real model,
real HTTP for the answers."""

from __future__ import annotations

from service.reviewers import SURGEON, alternatives, read_reviewers
from tests.conftest import ask, served_client
from tests.service.test_conversation_api import turn

# CM17-0006797: shoulder arthroscopy (upheld), reviewer Orthopedic Surgery, Sports Medicine; CM17-0014288: shoulder MRI
# (upheld), reviewer Preventive Medicine, Occupational Medicine
client = served_client("CM17-0006797", "CM17-0014288")


def test_a_surgeon_alone_is_any_surgical_specialty() -> None:
    assert read_reviewers("is he a surgeon?") == [(SURGEON, (8, 15))]
    assert alternatives(SURGEON) == ("Orthopedic Surgery", "Neurological Surgery")
    # a surgical specialty named keeps its own name
    assert read_reviewers("was it reviewed by an orthopedic surgeon?") == [("Orthopedic Surgery", (22, 40))]
    assert read_reviewers("was the reviewer a neurosurgeon?") == [("Neurological Surgery", (19, 31))]
    # the surgeon who decides may be the treating one: not the reviewer unless said so
    assert read_reviewers("did the surgeon deny it?") == []
    assert read_reviewers("my surgeon wants a knee scope, will IMR approve?") == []


def test_is_he_a_surgeon_after_who_reviewed_it_is_yes_or_no(client) -> None:
    for first_q, follow, lead in (
            ("why was the shoulder surgery denied for the 63 yo man?", "is he a surgeon?",
             "Yes: the IMR reviewer of case CM17-0006797 is a specialist in Orthopedic Surgery, Sports Medicine and licensed "
             "in "),
            ("why was the MRI denied for the 62 yo woman?", "is she a surgeon?",
             "No: the IMR reviewer of case CM17-0014288 is a specialist in Preventive Medicine, Occupational Medicine and "
             "licensed in ")):
        first = ask(client, first_q)
        who = ask(client, "who reviewed it?", history=[turn(first_q, first)])
        body = ask(client, follow, history=[turn(first_q, first), turn("who reviewed it?", who)])
        assert body["answer"].startswith(lead)
    assert body["answer"].split(" [1]")[1].startswith(", not a surgical specialty.")
