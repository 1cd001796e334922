"""The reason a question offers names no treatment asked (service.gather.unknown_phrase): "the 40 year old
woman's Tabradol - was it denied just because she could swallow pills?" answered "No letter in the index
decides a request for could swallow pills." (tune nat-3640). Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM17-0013625: a 40-year-old woman, five oral suspensions (Tabradol, Fanatrex, ...) and celecoxib, all upheld
client = served_client("CM17-0013625")


def test_the_reason_offered_is_not_the_thing_asked(client) -> None:
    answer = ask(client, "the 40 year old woman's Tabradol - was it denied just because she could swallow pills?")
    assert answer["not_found"] == ""
    assert answer["citations"][0]["request"] == "Tabradol 1mg/ml oral suspension, 250ml"


def test_an_unknown_kind_asked_is_still_said(client) -> None:
    answer = ask(client, "did they approve her ketamine infusion because the pills failed?")
    assert answer["not_found"] == "no_treatment"
