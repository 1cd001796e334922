"""A yes/no question, then "what about" one more thing: "were his xrays and the CT both turned down?
what about the acupuncture" asks of all of them, and when they are more than one answer explains, each
thing named is answered before a second of one kind (found asking by hand over test letters). Over the
project's sample letters, the real model and real HTTP for the answers."""

from __future__ import annotations

from service.asking import asking_span
from service.understand import understand
from tests.conftest import ask, sample_client

client = sample_client("CM16-0162844")  # a 35-year-old woman: 2 ankle x-rays, hand therapy, pool therapy, Anaprox, all upheld


def test_the_question_before_what_about_is_asked_too() -> None:
    text = "53 yo man - were his xrays and the CT both turned down? what about the acupuncture"
    assert asking_span(text) == (0, len(text))
    assert understand(text).treatments[:3] == ("xray", "ct", "acupuncture")
    # ... not a thing told and checked first
    told = "they ok'd her knee MRI right? what about the chiro and tens"
    assert asking_span(told) == (len("they ok'd her knee MRI right? "), len(told))


def test_each_thing_named_is_answered(client) -> None:
    answer = ask(client, "35 yo woman - were her xrays and the pool therapy both turned down? what about the anaprox")
    # (both x-rays counted: 4 things named, 3 explained)
    assert answer["answer"].startswith("Yes: all 4 were denied (upheld) [1][2][3][4].")
    assert [c["request"] for c in answer["citations"][:3]] == [
        "X-ray of the left ankle, 3 views", "Pool therapy, 8 sessions", "Anaprox DS 550mg #60"]
