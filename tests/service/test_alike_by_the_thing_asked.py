"""Two letters of a patient of the same age and sex, each with a request of the kind asked: "the 65
yo woman with the physical therapy - was it turned down?" names both (nothing tells them apart; "with
the physical therapy" is the request asked, no story of hers, and "turned down" is how the outcome is
said), and the body part told picks one. Found asking by hand over test letters; over the project's
sample letters, the real model and real HTTP."""

from __future__ import annotations

from service.alike import told_words
from service.flows.fitting import _without_asked
from service.understand import understand
from tests.conftest import ask, sample_client

# two 65-year-old women: PT for the right hip (upheld); PT and more PT for the left shoulder (upheld)
client = sample_client("CM15-0249522", "CM16-0162896")


def test_the_request_asked_is_no_story_and_turned_down_tells_nothing() -> None:
    text = "the 65 yo woman with the physical therapy - was it turned down?"
    assert _without_asked(text, ("physical therapy",)) == "the 65 yo woman" + " " * 27 + "- was it turned down?"
    assert told_words(understand(text)) == ()


def test_both_look_alikes_are_named_when_nothing_tells_them_apart(client) -> None:
    answer = ask(client, "the 65 yo woman with the physical therapy - was it turned down?")
    assert answer["answer"].startswith(
        "Yes: 2 letters fit the 65-year-old woman equally and each has a request for physical therapy. "
        "In CM15-0249522, the one request for physical therapy was denied (upheld). "
        "In CM16-0162896, both requests for physical therapy were denied (upheld).")


def test_the_body_part_told_picks_one(client) -> None:
    answer = ask(client, "the 65 yo woman with the PT for her shoulder - was it turned down?")
    assert {c["case_number"] for c in answer["citations"] if c["item_index"]} == {"CM16-0162896"}
    answer = ask(client, "the 65 yo woman with the physical therapy for her hip - was it turned down?")
    assert {c["case_number"] for c in answer["citations"] if c["item_index"]} == {"CM15-0249522"}
