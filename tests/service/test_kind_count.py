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


# two 54-year-old women: CM17-0002106 (a left shoulder MRI, a cervical MRI and a head CT, all upheld) and
# CM17-0010006 (a left knee MRI among her requests, upheld)
client = served_client("CM17-0002106", "CM17-0010006")


def test_both_of_a_kind_is_the_letter_with_two(client) -> None:
    # "the 54 yo woman - were both MRIs denied?" answered the knee MRI of the woman with one
    answer = ask(client, "the 54 yo woman - were both MRIs denied?")
    assert answer["answer"].startswith("Yes: both were denied (upheld) [1][2].")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0002106"}
