"""Whether the patient had the care before, asked yes or no beside its request ("my husband is 54, his neck PT was
denied, had he done PT before?"): the letter's count of the care had, quoted, first (service.past_count), of each
letter a description fits equally (service.alike: the words that ask of the past tell no letter apart). Real letters,
the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.alike import told_words
from service.past_count import asks_had_before
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "asked"), [
    ("my wife is 50, her neck PT was denied, had she done PT before?", True),
    ("the 50 yo man's acupuncture - had he tried acupuncture before?", True),
    ("has she had PT previously?", True),
    ("how many PT visits had she had before?", False),  # a count (asks_count_before)
    ("was her PT denied before?", False),
])
def test_whether_the_care_had_before_is_asked(question, asked):
    assert asks_had_before(question) is asked


def test_the_words_asking_of_the_past_tell_no_letter_apart():
    assert told_words(understand("my wife is 50, her neck PT was denied, had she done PT before?")) == ()


# a 54-year-old man's neck and low back PT, upheld ("8 previous physical therapy sessions were provided"); a
# 45-year-old man's 2 sessions left of 12 (no count of care had before)
client = served_client("CM17-0010362", "CM17-0013754")


def test_the_count_of_the_care_had_is_the_yes(client):
    body = ask(client, "my husband is 54, his neck PT was denied, had he done PT before?")
    assert body["answer"].startswith(
        'Yes: the letter says so: "The documentation indicates 8 previous physical therapy sessions were provided (per '
        'December 13, 2016 escalation notes)." [1]. Denied (Upheld): no documented functional improvement [2].')
    none = ask(client, "the 45 yo man's PT - had he done PT before?")
    assert none["answer"].startswith("The letter does not say whether the patient had it before. Denied (Upheld)")
