""""The cashier in his fifties - what happened?": a job told with the decade of the age after it is
the patient described (service.people), and "what happened?" asks of their requests: two male
cashiers in their fifties are both answered (service.flows.fitting), never one picked by chance.
Sample letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.people import job_words
from service.understand import understand
from tests.conftest import ask, sample_client


@pytest.mark.parametrize("text", [
    "the cashier in his fifties - what happened?",
    "what happened to the cashier in his fifties?",
    "which cashier in his 50s got something approved?",
])
def test_a_job_before_the_decade_of_the_age(text: str) -> None:
    q = understand(text)
    assert (job_words(q.person), q.person.ages, q.person.sex) == (("cashier",), (50, 59), "male")


# two male cashiers: 56 (Ultram upheld) and 53 (wrist brace overturned, pregabalin upheld); a
# 41-year-old female cashier
client = sample_client("CM16-0162825", "CM16-0162871", "CM16-0162887")


def test_both_cashiers_in_their_fifties_are_answered(client) -> None:
    answer = ask(client, "the cashier in his fifties - what happened?")["answer"]
    assert answer.startswith("2 letters fit the male cashier equally. In CM16-0162825, the one request was denied "
                             "(upheld). In CM16-0162871, 2 requests: 1 approved (overturned), 1 denied (upheld).")
