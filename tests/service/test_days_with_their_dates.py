"""The days one letter's review took, asked with a date ("when did UR deny it and how long did IMR take?"), say the two
dates too, each cited by its header line (service.compose.facts.dates_sentence, service.collection.flow); the days
asked alone say none. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 46-year-old woman's low back PT: UR denial 01/26/2017, decided 02/27/2017
client = served_client("CM17-0018279")


def test_a_date_asked_with_the_days_is_said(client) -> None:
    answer = ask(client, "CM17-0018279 when did UR deny it and how long did IMR take?")
    assert answer["answer"].startswith(
        "From utilization review's denial to the IMR decision: 32 days, in case CM17-0018279. Utilization review denied it "
        "on January 26, 2017 [1]; IMR decided on February 27, 2017 [2].")
    assert [c["role"] for c in answer["citations"][:2]] == ["header", "header"]


def test_the_days_alone_say_no_dates(client) -> None:
    answer = ask(client, "CM17-0018279 how long did IMR take after UR said no?")["answer"]
    assert answer.startswith("From utilization review's denial to the IMR decision: 32 days, in case CM17-0018279. In that "
                             "letter:")
