"""A misspelt decision word is read as the word (service.spelling.OUTCOME_WORDS): "did the 37 yo lady
with the tingly face get her neck scan aproved" gave no yes or no, as if nothing were asked of IMR's
decision. A letter left out, two neighbours swapped or the same sound; a word of its own stays.
Over real letters, the real model and real HTTP for the whole question."""

from __future__ import annotations

import pytest

from service.spelling import correct
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("typed", "read"), [
    ("was her neck scan aproved", "was her neck scan approved"),
    ("why were his facet shots denyed", "why were his facet shots denied"),
    ("did IMR uphold the denail?", "did IMR uphold the denial?"),
    ("was it overturend?", "was it overturned?"),
    ("so it was uphled", "so it was upheld"),
    ("it was appoved", "it was approved"),
])
def test_a_misspelt_decision_word_is_read_as_it(typed: str, read: str) -> None:
    assert correct(typed)[0] == read


@pytest.mark.parametrize("text", ["were dental implants covered?", "the patient denies numbness", "improved with PT",
                                  "she was refused"])
def test_words_of_their_own_stay(text: str) -> None:
    assert correct(text) == (text, [])


# a 37-year-old woman with tingling in her face and toes: cervical MRI upheld
client = served_client("CM16-0245128")


def test_the_yes_or_no_of_a_misspelt_question(client) -> None:
    answer = ask(client, "did the 37 yo lady with the tingly face get her neck scan aproved")
    assert answer["answer"].startswith('No: the denial of "MRI of the cervical spine without contrast" was upheld; '
                                       "it was not authorised [1].")
