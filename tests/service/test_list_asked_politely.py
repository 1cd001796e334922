"""'tell me which MRIs were not denied for women': a list asked for politely is a list, as 'which MRIs ...' is
(service.kinds). Pure rules, no index."""

from __future__ import annotations

import pytest

from service.understand import understand


@pytest.mark.parametrize("question", [
    "tell me which MRIs were not denied for women",  # before: one item, of a man's letter
    "can you tell me which PT requests got approved?",
    "I want to know which knee injections were denied",
    "show me which MRIs were approved",
])
def test_which_asked_after_tell_me_is_a_list(question: str) -> None:
    assert understand(question).kind == "list"


@pytest.mark.parametrize("question", [
    "tell me what happened to the 62 yo woman's shoulder MRI",
    "tell me which guideline the reviewer used for the lumbar MRI",
])
def test_tell_me_of_one_item_stays_one(question: str) -> None:
    assert understand(question).kind != "list"
