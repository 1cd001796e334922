""""Was it the only thing he got?": what the patient got is what IMR approved (service.only.only_got),
answered yes or no with the letter's other requests. A sample letter, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.only import only_got
from tests.conftest import ask, sample_client

# a 70-year-old man: a functional restoration program and a TENS rental (upheld), a left shoulder MRI (overturned)
client = sample_client("CM16-0162840")


@pytest.mark.parametrize(("text", "asked"), [
    ("was it the only thing he got?", "Overturned"),
    ("was the shoulder MRI the only thing the 70 yo man got?", "Overturned"),
    ("was it the only one she received", "Overturned"),
    ("the only thing that got denied?", None),
    ("the only treatment I got turned down", None),
])
def test_only_got_reads_what_the_patient_got_as_approved(text: str, asked: str | None) -> None:
    assert only_got(text) == asked


def test_the_only_thing_he_got_is_answered_yes_with_the_other_requests(client) -> None:
    answer = ask(client, "the 70 yr old with the shoulder MRI - was it the only thing he got?")
    assert answer["answer"].startswith(
        'Yes: "Left shoulder MRI" was the only request approved (overturned); the other requests: '
        '"Functional restoration program, 8 days": denied (upheld) [1]; "TENS unit, 30 day rental": denied (upheld) [2].')
