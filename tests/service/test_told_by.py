"""A request that only tells who the patient is ("the 33 yo woman with the neck MRI - cortisone shot approved?"): when
her letter lacks the thing asked, the answer says the lack and what her letter decided, with no yes or no of the MRI
as if it were asked (service.told_by, service.flows.item). Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.told_by import told_as_who
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "word", "told"), [
    ("the 33 yo woman with the neck MRI - cortisone shot approved?", "MRI", True),
    ("my wife, who had the MRI, was her PT denied?", "MRI", True),
    ("the 61 yo woman with the hip MRI - was the MRI approved?", "MRI", False),  # asked after it too
    ("was the 33 yo woman's neck MRI approved?", "MRI", False),
    ("the 61 yo woman with the hip MRI?", "MRI", False),  # nothing asked after it: the MRI is asked of
])
def test_a_thing_told_in_the_description_of_the_patient(question, word, told):
    assert told_as_who(question, word) is told


# a 61-year-old woman's right hip MRI, upheld; no injection requested
client = served_client("CM16-0248655")


def test_the_lack_of_the_thing_asked_is_said_with_no_yes_or_no_of_the_one_that_tells_who(client):
    answer = ask(client, "the 61 yo woman with the hip MRI - cortisone shot approved?")["answer"]
    # (this one-letter index has no cortisone at all: that first, then her letter's lack, service.lacking)
    assert answer.startswith('No letter in the index decides a request for cortisone. The letter of the patient described, '
                             'case CM16-0248655, has no request for it either. Its letter decided 1 item: 1. "MRI without '
                             'contrast of the right hip": denied (upheld).')
    assert "IMR denied it" not in answer and "No:" not in answer
