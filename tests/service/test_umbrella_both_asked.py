"""A kind named alone beside a treatment ("the shoulder surgery", "the surgery") is asked, not the story,
when "and" joins it to the other thing and the question asks of both together (service.scope._both_asked):
"was the shoulder surgery and the PT both denied?" answers the surgery and the post-op PT (the "Yes"
named the PT alone), while "after his shoulder surgery, were the PT and the brace both denied?" still
tells the surgery as the story. Over the real tune letter CM17-0006797 (a shoulder arthroscopy and four
services with it, all upheld), the real model and real HTTP."""

from __future__ import annotations

from datetime import date

import pytest

from service.scope import asked_sets
from service.understand import understand
from tests.conftest import ask, served_client

client = served_client("CM17-0006797")


def _sets(question: str) -> tuple[str, ...]:
    return asked_sets(understand(question, today=date(2017, 6, 1)))


def test_a_kind_joined_to_another_thing_asked_of_both_is_asked() -> None:
    assert _sets("was the shoulder surgery and the PT both denied?") == ("physical_therapy", "surgery")
    assert _sets("was the shoulder surgery and the PA both denied?") == ("assistant_surgeon", "surgery")
    assert _sets("the PT and the shoulder surgery - both denied?") == ("physical_therapy", "surgery")
    # the story told before them is no thing asked
    assert _sets("after his shoulder surgery, were the PT and the brace both denied?") == ("physical_therapy", "brace")


def _items(answer: dict) -> list[str]:
    return list(dict.fromkeys(c["request"] for c in answer["citations"] if c["item_index"]))


@pytest.mark.parametrize("question", ["was the shoulder surgery and the PT both denied for the 63 year old man?",
                                      "the 63 year old man - the shoulder surgery and the physical therapy - both denied?"])
def test_both_the_surgery_and_the_pt_are_answered(client, question) -> None:
    answer = ask(client, question)
    assert answer["answer"].startswith("Yes: both were denied (upheld) [1][2].")
    assert _items(answer)[:2] == ["Right Shoulder Arthroscopy with rotator cuff repair vs debridement, subacromial "
                                  "decompression/acromioplasty and possible proximal biceps tenodynovitis",
                                  "Associated surgical service: Physical Therapy sessions, 12"]
