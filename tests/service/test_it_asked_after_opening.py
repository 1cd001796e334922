"""A question that opens with the patient and one of their requests, then asks of it by a pronoun
("42 yo woman, massage for her back - was it approved, and what about the nerve tests?"), asks of that
request too: it is not the patient's story. Bundled sample letters, the real model, real HTTP."""

from __future__ import annotations

from service.understand import understand
from tests.conftest import ask, sample_client

# a 42-year-old woman: lumbar massage overturned, two EMG/NCS requests and chiropractic upheld
client = sample_client("CM16-0162839", "CM16-0162806")

QUESTION = "42 yo woman, massage for her back - was it approved, and what about the nerve tests?"


def test_the_thing_asked_of_by_a_pronoun_is_asked() -> None:
    q = understand(QUESTION)
    assert (q.treatments, q.story_treatments) == (("massage", "nerve_study"), ())
    # ... while a description that the question does not ask of stays the story
    q = understand("46 yo man, already had PT and chiro - why was more chiro denied?")
    assert (q.treatments, q.story_treatments) == (("chiropractic",), ("physical_therapy",))


def test_the_massage_and_the_nerve_tests_are_answered(client) -> None:
    answer = ask(client, QUESTION)
    assert answer["answer"].startswith('Yes: "Massage therapy for the lumbar spine, 12 sessions" was approved (overturned) [1].')
    assert {c["request"] for c in answer["citations"] if c["request"]} >= {
        "Massage therapy for the lumbar spine, 12 sessions", "EMG/NCV of the bilateral lower extremities"}


def test_why_he_did_not_get_it_presumes_a_denial(client) -> None:
    # "why didnt the 42 yo woman get her massage?" of an overturned massage: the premise corrected first
    answer = ask(client, "why didnt the 42 yo woman get her massage?")
    assert answer["answer"].startswith(
        'IMR approved it: "Massage therapy for the lumbar spine, 12 sessions" was approved (overturned: authorised) [1].')
