"""A question typed with no question mark whose last sentence tells what the asker already knows
("...; already know positional cervical mri upheld."): the sentence before it asks, as when "I
already know" is typed after a question mark."""

from __future__ import annotations

import pytest

from service.asking import asking_span


@pytest.mark.parametrize(("question", "asked"), [
    ("and lumbar one for same guy; already know positional cervical mri upheld.", "and lumbar one for same guy;"),
    ("the lumbar mri for the 33 yo. I heard the neck ct was upheld", "the lumbar mri for the 33 yo."),
    ("what about the lumbar mri. know why the neck ct was upheld", "know why the neck ct was upheld"),
    ("I already know the neck ct was upheld.", "I already know the neck ct was upheld."),
])
def test_a_last_sentence_of_what_is_known_does_not_ask(question: str, asked: str) -> None:
    start, end = asking_span(question)
    assert question[start:end] == asked
