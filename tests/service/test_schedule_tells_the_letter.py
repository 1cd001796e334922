"""A frequency and a length said of the request ("the 46 yo guy's chiro 2x6") tell one of the letters a
description fits apart: the one whose request is 2 a week for 6 weeks, not the other 46-year-old man's six
chiropractic sessions (service.quantity.schedules, service.flows.fitting.each_fitting). Real letters, the real
model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two 46-year-old men: CM17-0015198 (chiro with modalities 2 times a week for 6 weeks, upheld; PT, upheld) and
# CM17-0004738 (chiropractic care for the low back, six sessions, overturned)
client = served_client("CM17-0015198", "CM17-0004738")


def test_the_schedule_said_picks_the_letter(client) -> None:
    answer = ask(client, "the 46 yo guy's chiro 2x6 - why denied?")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0015198"}
    assert "letters fit" not in answer["answer"]


def test_no_schedule_said_names_both(client) -> None:
    answer = ask(client, "the 46 yo man's chiro - was it approved?")
    assert answer["lead"].startswith("It depends on which letter: 2 letters fit the 46-year-old man equally")
