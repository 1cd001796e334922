"""Weaning, tapering and discontinuing a drug are one idea: "did the reviewer want her weaned?", "did they say to
taper?" ask whether the rationale speaks of it (service.mentioned), and the sentence that does is quoted ("...
regarding the most appropriate method for weaning and terminating opioids", '"Tapering Opioids"'), not the usual
why alone."""

from __future__ import annotations

import pytest

from service.mentioned import WEANING, Mention, asked_mention, speaks_of
from tests.conftest import ask, served_client

# CM17-0017734: a 40-year-old woman, Tramadol 50mg #60 (upheld; the reviewer advises the guidelines on weaning)
client = served_client("CM17-0017734", "CM17-0013716")


@pytest.mark.parametrize(("question", "rest"), [
    ("did the reviewer want her weaned?", ""),
    ("did they say to taper?", ""),
    ("did they say to taper it?", ""),
    ("40 yo woman tramadol - did the reviewer want her weaned?", "40 yo woman tramadol?"),
    ("did IMR recommend tapering the norco?", "the norco?"),
    ("did the doctor tell him to wean off the tramadol?", "the tramadol?"),
])
def test_weaning_is_asked_as_a_mention(question: str, rest: str) -> None:
    assert asked_mention(question) == Mention(topic=WEANING, rest=rest)


def test_any_word_of_the_idea_speaks_of_it() -> None:
    assert speaks_of(WEANING, 'The IW is advised to consult the MTUS ("Tapering Opioids") regarding weaning.') == 2
    assert speaks_of(WEANING, "The medication should be discontinued.") == 1
    assert speaks_of("tapering", "A method for weaning and terminating opioids.") == 1
    assert speaks_of(WEANING, "There is no documented functional improvement.") == 0


def test_the_weaning_sentence_is_quoted(client) -> None:
    answer = ask(client, "40 yo woman tramadol - did the reviewer want her weaned?")
    assert answer["answer"].startswith(
        'Yes: the reviewer wrote "The treating physician and IW are advised to consult the MTUS Opioids Treatment '
        'Guidelines ("Tapering Opioids"), and if necessary other relevant guidelines, regarding the most appropriate '
        'method for weaning and terminating opioids for weaning and terminating opioids for this IW." [1].')


def test_no_weaning_said_is_a_plain_no(client) -> None:
    answer = ask(client, "the 54 yo woman's naproxen - did they say to taper it?")
    assert answer["answer"].startswith(
        "No: the reviewer's rationale for \"Naproxen 500mg #60\" does not mention weaning or tapering.")
