"""A kind named alone ("surgery") and claimed an outcome in a statement to confirm is asked, as in a
question of its own (service.scope.asked_sets): "the 63 yo w/ the shoulder tear: surgery denied, brace
approved, right?" answered the brace alone, with no yes or no. Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.scope import asked_sets
from service.understand import understand
from tests.conftest import ask, served_client


def test_the_kind_claimed_is_asked() -> None:
    assert asked_sets(understand("CM17-0006797: surgery denied, brace approved, right?")) == ("brace", "surgery")
    # ... not the operation an item serves, nor one told of in a question
    assert asked_sets(understand("was the brace for the surgery approved?")) == ("brace",)
    assert asked_sets(understand("surgery denied, so why was the brace denied too?")) == ("brace",)


def test_the_kind_claimed_with_its_outcome_said_first_is_asked() -> None:
    # "they approved the surgery but not the brace, right?" answered the brace alone (nat-3036)
    assert asked_sets(understand("he tore his shoulder. they approved the surgery but not the brace, right?")) == (
        "brace", "surgery")
    assert asked_sets(understand("IMR denied his surgery and approved the brace, correct?")) == ("brace", "surgery")
    # ... not utilization review's outcome, which tells the story
    assert asked_sets(understand("UR denied the surgery and the brace, right?")) == ("brace",)
    # ... nor one said first in a question, not a statement to confirm
    assert asked_sets(understand("they approved the surgery, was the brace approved?")) == ("brace",)


# a 63-year-old man's right shoulder arthroscopy, pre-op clearance, shoulder brace, cryotherapy unit
# and post-op PT, all upheld
client = served_client("CM17-0006797")


def test_each_claim_checked(client) -> None:
    answer = ask(client, "the 63 yo w/ the shoulder tear: surgery denied, brace approved, right?")
    assert answer["answer"].startswith('No: "Associated surgical service: Shoulder Brace" was denied (upheld), not '
                                       'approved [1]. "Right Shoulder Arthroscopy with rotator cuff repair vs debridement')


def test_each_claim_checked_with_the_outcome_said_first(client) -> None:
    answer = ask(client, "my husband is 63, he tripped at work and tore his shoulder. they approved the surgery but not "
                         "the brace, right?")
    assert answer["answer"].startswith('No: "Right Shoulder Arthroscopy with rotator cuff repair vs debridement…" was '
                                       'denied (upheld), not approved [1]. "Associated surgical service: Shoulder Brace" '
                                       'was denied (upheld), as the question says [2].')
