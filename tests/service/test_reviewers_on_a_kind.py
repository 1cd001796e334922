"""What reviewers say, think or do about a kind of request, asked of no patient or case, asks for
each such item across letters with its reason (service.kinds), as "what do reviewers say about
acupuncture requests?" is read: "what do reviewers say about leg EMGs?"; the same words of one
letter's reviewer or one patient's item stay an item question."""

from __future__ import annotations

from datetime import date

import pytest

from service.understand import understand

TODAY = date(2017, 6, 1)


@pytest.mark.parametrize("question", [
    "what do reviewers say about leg EMGs?",
    "what did reviewers say about EMG for legs when there are no neuro deficits",
    "how do IMR reviewers handle acupuncture for the neck?",
    "what's IMR's take on lumbar MRIs?",
    "what do reviewers think of Lyrica for back pain",
])
def test_what_reviewers_say_of_a_kind_lists_them(question: str) -> None:
    assert understand(question, today=TODAY).kind == "list"


@pytest.mark.parametrize("question", [
    "what did the reviewer say about her lumbar MRI?",
    "what did reviewers say about the 45 year old man's EMG?",
    "what did the reviewers say about the knee MRI in CM16-0219557?",
    # IMR's one decision, in the past: "what did IMR say about the other 6?"
    "UR only okayed 6 of the 12 therapy visits after his hand surgery - what did IMR say about the other 6?",
])
def test_one_letters_item_stays_an_item(question: str) -> None:
    assert understand(question, today=TODAY).kind == "item"
