"""A patient called, after their age, by what sets them apart, even a treatment they had ("the 63 yo
shoulder surgery man", "the 53 yo fusion man", "the 54 yo chair guy's PT"): the words tell who he is
(service.people), not what is asked (service.understand). Without the age, "the PT guy" may be the
one who gives it, and a treatment named outside the phrase stays asked."""

from __future__ import annotations

import pytest

from service.people import job_words, read_person
from service.understand import understand


@pytest.mark.parametrize(("question", "words", "asked"), [
    ("what else did IMR say no to for the 63 yo shoulder surgery man besides the ice machine?", ("shoulder surgery",), ()),
    ("other than the low back MRI, what was denied for the 53 yo fusion man?", ("fusion",), ()),
    ("which of the 54 yo chair guy's PT requests weren't denied?", ("chair",), ("PT",)),
    ("was the 63 yo man's surgery approved?", (), ("surgery",)),
    ("the 46 yo man with the shoulder surgery - was his PT approved?", (), ("PT",)),
])
def test_what_calls_the_aged_person_is_who_they_are(question, words, asked) -> None:
    assert job_words(read_person(question)) == words
    assert understand(question).treatment_words == asked
