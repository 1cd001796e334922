"""service.confirm: the words that close a statement to ask for its confirmation, read in one place by
service.asking, service.outcomes, service.scope and service.yes_no, each in the form it needs."""

from __future__ import annotations

import pytest

from service.confirm import ANSWERED, CLAIM_CONFIRMED, CONFIRMED, TAG_QUESTION, TO_CONFIRM, without_confirmation


@pytest.mark.parametrize(("text", "confirmed", "tag", "to_confirm", "answered", "claim"), [
    ("the MRI was denied, right?", True, False, True, True, True),
    ("the MRI was denied right?", True, False, True, True, False),  # no comma: not service.scope's claim
    ("the MRI was denied, isn't that so?", True, False, True, True, False),
    ("the MRI was denied - is that right?", True, False, True, True, True),
    ("the MRI was denied, wasn't it?", False, True, True, False, False),
    ("the MRI was denied, yes?", False, False, False, True, True),
    ("the MRI was denied, no?", False, False, False, True, False),
    ("was the MRI denied?", False, False, False, False, False),
    ("was it the knee on the right?", True, False, True, True, False),  # the word closing it, as each reader had it
])
def test_each_form(text, confirmed, tag, to_confirm, answered, claim) -> None:
    assert (bool(CONFIRMED.search(text)), bool(TAG_QUESTION.search(text)), bool(TO_CONFIRM.search(text)),
            bool(ANSWERED.search(text)), bool(CLAIM_CONFIRMED.search(text))) == (confirmed, tag, to_confirm, answered, claim)


@pytest.mark.parametrize(("text", "left"), [
    ("the 46 year old man's chiro was denied, right?", "the 46 year old man's chiro was denied?"),
    ("the chiro was denied, wasn't it?", "the chiro was denied?"),
    ("was the chiro denied?", "was the chiro denied?"),
])
def test_without_confirmation(text, left) -> None:
    assert without_confirmation(text) == left
