"""A telegraphic description that opens the question lists the patient's history after the person:
"63M, rotator cuff tear, failed injections - was the surgery approved?" asks about the surgery; the
failed injections describe him (found asking by hand over test letters)."""

from __future__ import annotations

from service.understand import understand
from tests.conftest import ask, served_client


def test_history_after_the_person_before_the_question_is_the_story() -> None:
    query = understand("63M, rotator cuff tear, failed injections - was the surgery approved?")
    assert query.treatments == ("surgery",)
    assert query.story_treatments == ("injection",)
    assert query.category == "surgery"


def test_what_the_question_after_the_dash_names_nothing_else_stays_asked() -> None:
    query = understand("54 year old woman, MRI and TENS - were they denied?")
    assert query.treatments == ("mri", "tens", "imaging", "dme")
    assert query.story_treatments == ()


# the two 63-year-old men of the tune letters: a right shoulder arthroscopy with rotator cuff repair
# (upheld) and an EMG/NCS of both arms (overturned); over real letters, the real model and real HTTP
client = served_client("CM17-0006797", "CM16-0248034")


def test_the_failed_injections_are_not_a_request_no_letter_decides(client) -> None:
    answer = ask(client, "63M, rotator cuff tear, failed injections - was the surgery approved?")
    assert answer["not_found"] == ""
    assert answer["citations"][0]["case_number"] == "CM17-0006797"
    assert answer["answer"].startswith('No: the denial of "Right Shoulder Arthroscopy with rotator cuff repair vs debridement…" was upheld; '
                                       "it was not authorised [1].")
