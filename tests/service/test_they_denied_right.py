"""'they denied the MRI, right?', no one named as deciding: the one outcome of a statement to confirm is
IMR's, its yes or no first (service.outcomes); the confirmation may come before a description of the
patient ("..., right? the 62 year old woman": service.confirm.CONFIRMED_THEN_TOLD). Real letters, the real
model, real HTTP."""

from __future__ import annotations

from service.confirm import CONFIRMED_THEN_TOLD
from service.outcomes import read_outcomes
from tests.conftest import ask, served_client

# a 62-year-old woman: an MRI of the right shoulder, upheld
client = served_client("CM17-0014288")


def test_they_denied_it_right_is_a_premise_of_imr() -> None:
    found = read_outcomes("they denied the MRI, right? the 62 year old woman").found
    assert [(o.decision, o.role) for o in found] == [("Upheld", "premise")]
    # ... but UR's when IMR's decision is asked after it
    found = read_outcomes("they denied the MRI, right? did IMR agree?").found
    assert [(o.decision, o.role) for o in found] == [("Upheld", "ur"), ("Upheld", "asked")]
    # ... and UR's told in a story, no confirmation asked
    found = read_outcomes("they denied the MRI, so why did IMR uphold it?").found
    assert [o.role for o in found][0] == "ur"


def test_confirmation_before_a_description() -> None:
    assert CONFIRMED_THEN_TOLD.search("they denied the MRI, right? the 62 year old woman")
    assert CONFIRMED_THEN_TOLD.search("they denied the MRI, right?")
    # a side is no confirmation; nor is one with a question after it
    assert not CONFIRMED_THEN_TOLD.search("was it the left or right? the 62 year old woman")
    assert not CONFIRMED_THEN_TOLD.search("they denied the MRI, right? why?")


def test_they_denied_it_right_opens_with_yes(client) -> None:
    answer = ask(client, "they denied the MRI, right? the 62 year old woman")
    assert answer["answer"].startswith(
        'Yes: the denial of "MRI of the right shoulder without contrast" was upheld; it was not authorised [1].')
    answer = ask(client, "the 62 year old woman - they approved the MRI, right?")
    assert answer["answer"].startswith(
        'No: the denial of "MRI of the right shoulder without contrast" was upheld; it was not authorised [1].')
