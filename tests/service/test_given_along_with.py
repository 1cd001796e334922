"""What the asked drug was given along with is the story, not the thing asked."""

from __future__ import annotations

from service.story import was_on


def test_a_drug_given_along_with_is_what_the_patient_was_on() -> None:
    text = "the stomach protector pill they gave the seamstress with the wrist pain along with her naproxen, approved?"
    assert was_on(text)[1] == ["naproxen"]


def test_along_with_without_a_giving_verb_is_asked_too() -> None:
    assert was_on("was the MRI denied along with the PT?")[1] == []
