"""A thing claimed one outcome and all the rest the other ("omeprazole approved but everything else denied?")
asks whether it was the only one with that outcome (service.only.only_claimed): yes or no first, then the
letter's other requests, each cited by its heading. The project's sample letters, the real model, real
HTTP."""

from __future__ import annotations

import pytest

from service.only import only_claimed
from tests.conftest import ask, sample_client

# a 65-year-old woman: the omeprazole overturned; a shoulder MRI, two rounds of PT, a microdiscectomy and its
# assistant surgeon upheld
client = sample_client("CM16-0162896")


@pytest.mark.parametrize(("text", "claimed"), [
    ("the 65 yo woman - omeprazole approved but everything else denied?", "Overturned"),
    ("the MRI was denied and all the rest approved, right?", "Upheld"),
    # the rest claimed the same outcome, or no outcome of its own: no "only"
    ("was the MRI denied and the rest too?", None),
    ("was the PT approved and the others?", None),
])
def test_the_outcome_claimed_of_the_one_thing(text: str, claimed: str | None) -> None:
    assert only_claimed(text) == claimed


def test_yes_when_it_was_the_only_one(client) -> None:
    # no yes or no before: the omeprazole's answer alone
    answer = ask(client, "the 65 yo woman - omeprazole approved but everything else denied?")
    assert answer["answer"].startswith('Yes: "Omeprazole 20mg #90" was the only request approved (overturned); the other '
                                       'requests: "Magnetic resonance imaging (MRI) of the left shoulder": denied (upheld) [1];')


def test_no_names_the_others_with_that_outcome(client) -> None:
    answer = ask(client, "the 65 yo woman - the MRI was denied but everything else approved?")
    assert answer["answer"].startswith('No: besides "Magnetic resonance imaging (MRI) of the left shoulder", IMR also '
                                       'denied (upheld) "Physical therapy for the left shoulder, 8 sessions" [1];')
