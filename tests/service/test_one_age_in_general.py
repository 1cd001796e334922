"""One age said (and a sex) that several letters fit, asked about in general in a person's words ("the 46
year old woman - what did she get?", "what happened to the 46 yo woman?", "the 54 year old - what did IMR
decide?"): each letter that fits is listed with its requests (service.flows.fitting), never one picked by
chance. A story told of them ("she fell at work and hurt her knee") still tells more than the age and sex.
Real letters, the real model."""

from __future__ import annotations

import pytest

from service.flows.fitting import _GOT_BARE
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("text", "general"), [
    ("the 46 year old woman - what did she get?", True),
    ("what did the 46 year old woman get?", True),
    ("what happened to the 45 yo man?", True),
    ("the 46 yo woman, what were her results?", True),
    ("the 46 year old woman - what did she get approved for her back?", False),
    ("what did she get for the pain?", False),
    # what they were denied or given, of no thing named
    ("the 37 yo woman - what was she denied?", True),
    ("the 37 yo woman - what was she denied for her neck?", False),
])
def test_asked_in_general(text: str, general: bool) -> None:
    assert bool(_GOT_BARE.search(text)) is general


# two women of 46 (CM17-0018279's low back PT; CM17-0009887's NCS and EMG), a man of 46; three patients of
# 54: two women (CM17-0002106, CM17-0013716) and a man (CM17-0010362)
client = served_client("CM17-0018279", "CM17-0009887", "CM17-0015198", "CM17-0002106", "CM17-0013716",
                       "CM17-0010362")


@pytest.mark.parametrize("question", [
    "the 46 year old woman - what did she get?",
    "what happened to the 46 year old woman?",
    "the 46 yo woman, what were her results?",
    "the 46 year old woman - what did IMR decide?",
])
def test_each_letter_of_the_age_is_listed(client, question: str) -> None:
    # was CM17-0018279's physical therapy alone, answered as if hers
    answer = ask(client, question)
    assert answer["lead"] == ("2 letters fit the 46-year-old woman equally. In CM17-0018279, the one request was denied "
                              "(upheld). In CM17-0009887, both requests were denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0018279", "CM17-0009887"}


def test_an_age_with_no_sex_is_every_letter_of_it(client) -> None:
    answer = ask(client, "the 54 year old - what did they get?")
    assert answer["lead"].startswith("3 letters fit the 54-year-old patient equally. ")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0002106", "CM17-0013716", "CM17-0010362"}


def test_a_story_told_picks_no_list(client) -> None:
    answer = ask(client, "My sister is 54. She fell at work and hurt her knee. What did IMR decide?")
    assert "letters fit" not in answer["answer"]
