"""A treatment said of a body part "too" after the story told others ("i hurt my neck and shoulder, they wanted
to scan my head too"): it was wanted for the parts told before as well, and the letter's requests of the kind
for those parts are explained beside the one named."""

from __future__ import annotations

from service.flows.chosen import _part_too
from service.understand import understand
from tests.conftest import ask, served_client

client = served_client("CM17-0002106", "CM16-0248655")

Q = "i'm 54, female, i hurt my neck and shoulder, they wanted to scan my head too. what happened?"


def test_a_part_said_too_after_the_treatment():
    assert _part_too(understand(Q))
    assert not _part_too(understand("i'm 54, female, i hurt my neck and shoulder, they wanted to scan my head. what happened?"))
    assert not _part_too(understand("my head hurts too, was the scan denied?"))


def test_the_scans_of_the_parts_told_are_answered_too(client):
    answer = ask(client, Q)
    assert [c["request"] for c in answer["citations"] if c["request"]][:1] == ["CT scan of the head"]
    assert {c["request"] for c in answer["citations"]} >= {"CT scan of the head", "MRI of the cervical spine",
                                                          "MRI of the left shoulder"}
    # without "too", the head's scan alone
    alone = ask(client, "i'm 54, female, i hurt my neck and shoulder, they wanted to scan my head. what happened?")
    assert {c["request"] for c in alone["citations"]} == {"CT scan of the head"}
