"""Which letters' reviews took more (or less) than a length (service.collection.cues.waited): the letters
listed with their days, longest first, their items cited; a length in a story of one patient's care, or of
one case named, is no listing. Unit checks on the reading; the listing over real letters, the real model
and real HTTP."""

from __future__ import annotations

import pytest

from service.collection.cues import waited
from service.collection.read import read
from service.collection.vocab import Vocabulary
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "expected"), [
    ("which cases waited more than 10 weeks between the UR denial and the IMR decision?", ("over", 70)),
    ("in which cases did IMR take more than 70 days after the UR denial to decide?", ("over", 70)),
    ("how many MRI cases took more than 60 days from the UR denial?", ("over", 60)),
    ("which letters were decided within 20 days of the application being received?", ("under", 21)),
    ("any reviews that took at least two months?", ("over", 59)),
    ("were any decisions made in less than 3 weeks after the application?", ("under", 21)),
    ("any decisions that took less than 3 weeks?", ("under", 21)),
    ("any determinations that came back in under 4 weeks?", ("under", 28)),
    ("were any IMR decisions done within 4 weeks?", ("under", 29)),
    ("any decisions that took no more than 4 weeks?", ("under", 29)),
])
def test_a_length_of_the_review_is_read_in_days(question, expected) -> None:
    assert waited(question) == expected


@pytest.mark.parametrize("question", [
    "she has been taking Norco for more than 6 months, why did IMR deny it?",
    "he had physical therapy for more than 12 weeks - was more PT approved?",
    "how long does IMR take to decide?",
    "she has done PT for more than 12 weeks, why did IMR deny it?",
])
def test_a_length_of_care_or_no_length_is_no_wait_listed(question) -> None:
    assert waited(question) is None


def test_the_reading_lists_the_letters_over_the_length_from_the_date_named() -> None:
    cq = read("which cases waited more than 10 weeks between the UR denial and the IMR decision?", Vocabulary())
    assert (cq.shape, cq.measure, cq.since, cq.over, cq.under, cq.listing) == ("mean", "days", "ur_denial", 70, 0, True)
    named = read("CM16-0234464 did IMR take more than 60 days after the UR denial?", Vocabulary())
    assert (named.over, named.listing, named.where) == (0, False, {"case_number": "CM16-0234464"})


# UR denial to decision: CM16-0234464 73 days (six items, all upheld), CM16-0238676 71 days (two), CM16-0246635 68 days
waits = served_client("CM16-0234464", "CM16-0238676", "CM16-0246635")


def test_the_letters_over_the_length_are_listed_longest_first_with_their_items(waits) -> None:
    answer = ask(waits, "which cases waited more than 10 weeks between the UR denial and the IMR decision?")
    assert answer["lead"] == ("2 of the 3 letters that give both dates took more than 70 days from utilization review's "
                              "denial to the IMR decision: CM16-0234464 (73 days), CM16-0238676 (71 days).")
    assert [c["case_number"] for c in answer["citations"]] == ["CM16-0234464"] * 6 + ["CM16-0238676"] * 2
    assert answer["table"]["rows"] == [["CM16-0234464", 73], ["CM16-0238676", 71]]
    none = ask(waits, "did any IMR decision take more than 80 days after the UR denial?")
    assert none["lead"] == ("None of the 3 letters that give both dates took more than 80 days from utilization "
                            "review's denial to the IMR decision.")
