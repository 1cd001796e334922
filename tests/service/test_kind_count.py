"""How many of one kind a question tells ("were both MRIs denied?", "all 3 MRIs") picks the letter with that many
among those the description fits (service.quantity.kind_count, service.patients.having_count,
service.flows.fitting). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.quantity import kind_count
from tests.conftest import ask, served_client


def test_a_count_said_before_a_kind_in_the_plural() -> None:
    assert kind_count("were all 3 MRIs for the 33 year old denied?", ("MRIs",)) == 3
    assert kind_count("the 54 yo woman - were both MRIs denied?", ("MRIs",)) == 2
    assert kind_count("were his two shots approved?", ("shots",)) == 2
    assert kind_count("was the MRI denied?", ("MRI",)) is None
    # (a request's own count is no count of requests: "6 chiropractic visits", "the 8 PT sessions")
    assert kind_count("were the 6 chiropractic visits approved?", ("chiropractic",)) is None
    assert kind_count("was 1 of the MRIs approved?", ("MRIs",)) is None
    # ... or before "requests": "the 2 PT requests", "both MRI requests"
    assert kind_count("what's the difference between the 2 PT requests for the 54 year old man?", ("PT",)) == 2
    assert kind_count("were both MRI requests denied?", ("MRI",)) == 2
    assert kind_count("was the PT request denied?", ("PT",)) is None


# two 54-year-old women: CM17-0002106 (a left shoulder MRI, a cervical MRI and a head CT, all upheld) and
# CM17-0010006 (a left knee MRI among her requests, upheld)
client = served_client("CM17-0002106", "CM17-0010006")


def test_both_of_a_kind_is_the_letter_with_two(client) -> None:
    # "the 54 yo woman - were both MRIs denied?" answered the knee MRI of the woman with one
    answer = ask(client, "the 54 yo woman - were both MRIs denied?")
    assert answer["answer"].startswith("Yes: both were denied (upheld) [1][2].")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0002106"}


# two 54-year-old men: CM17-0010362 (physical therapy for the cervical spine and for the lumbar spine, both upheld) and
# CM16-0238676 (one additional physical therapy request, and an MRI/CT)
men = served_client("CM17-0010362", "CM16-0238676")


def test_two_requests_of_a_kind_is_the_letter_with_two(men) -> None:
    answer = ask(men, "what's the difference between the 2 PT requests for the 54 year old man?")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0010362"}
    assert "Physical therapy for the lumbar spine 2 times a week for 3 weeks" in answer["answer"]
    assert "Physical therapy for the cervical spine 2 times a week for 3 weeks" in answer["answer"]
