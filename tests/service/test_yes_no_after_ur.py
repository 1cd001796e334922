"""IMR's decision asked as a yes/no after what utilization review did, in the same sentence: "UR
approved the first ibuprofen fill, did IMR approve the refills?" asks IMR's approval of the rest;
UR's outcome word before it is not the one asked (service.yes_no.claimed). Real letters, the real
model, real HTTP."""

from __future__ import annotations

import pytest

from service.yes_no import claimed, decision_asked
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("text", "asked"), [
    ("UR approved the first ibuprofen fill, did IMR approve the refills?", "Overturned"),
    ("the adjuster okayed 6 acupuncture visits. did IMR okay the last 2?", "Overturned"),
    ("They denied the head CT and the shoulder MRI. Was the neck MRI denied too?", "Upheld"),
    ("UR approved the first fill; why did IMR deny the refills?", None),
    # the thing just named, given back: its approval asked
    ("did IMR give them back?", "Overturned"),
    ("did IMR give her naproxen back to her?", "Overturned"),
    ("did they give the reasons back to him?", None),
])
def test_imrs_decision_asked_after_urs(text: str, asked: str | None) -> None:
    assert decision_asked(text) == asked


def test_the_outcome_asked_stands_after_urs() -> None:
    # where IMR's word stands, not UR's same word before it
    assert claimed("UR denied the Naprosyn, and IMR denied it too, right?") == [(32, "Upheld")]
    assert claimed("UR approved the first fill, did IMR approve the refills?") == [(36, "Overturned")]


# Ibuprofen 600mg #90 with 2 refills: UR authorised the first fill, IMR upheld the denial of the refills
client = served_client("CM17-0002181")


def test_the_refills_after_urs_first_fill(client) -> None:
    assert ask(client, "UR approved the first ibuprofen fill, did IMR approve the refills?")["answer"].startswith(
        'No: the denial of "Two refills of Ibuprofen 600mg #90" was upheld; it was not authorised [1].')


def test_given_back_after_urs_denial_is_answered_yes_or_no(client) -> None:
    history = [{"question": "the 41 yo man's ibuprofen with 2 refills was denied by UR", "kind": "item",
                "items": [{"case_number": "CM17-0002181", "item_index": 1}]}]
    assert ask(client, "did IMR give them back?", history=history)["answer"].startswith(
        'No: the denial of "Two refills of Ibuprofen 600mg #90" was upheld; it was not authorised [1].')
