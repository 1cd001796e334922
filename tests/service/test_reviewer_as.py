"""The reviewer of the letter answered before set against another patient's ("was that the same reviewer as the 54 yo
woman's naproxen?"): the two letters' specialties compared, said first (service.reviewer_as). Real letters, the real
model, real HTTP."""

from __future__ import annotations

import pytest

from service.reviewer_as import same_reviewer_as
from tests.conftest import ask, served_client
from tests.service.test_conversation_api import turn


@pytest.mark.parametrize(("question", "asked"), [
    ("was that the same reviewer as the 54 yo woman's naproxen?", True),
    ("same doc as the 62 yo woman's shoulder MRI?", True),
    ("was it reviewed by the same doctor as her TENS unit?", True),
    ("a different reviewer than the one for the 45 yo woman?", True),
    ("same reviewer for both?", False),
    ("was it the same reviewer?", False),
])
def test_the_same_reviewer_as_another_asked(question, asked):
    assert same_reviewer_as(question) is asked


# CM17-0019011: a 45-year-old woman's naproxen approved, reviewer Preventive Medicine, Occupational Medicine;
# CM17-0013716: a 54-year-old woman's naproxen denied, reviewer Anesthesiology, Pain Management
client = served_client("CM17-0019011", "CM17-0013716")


def test_the_reviewer_before_is_compared_with_the_other_patients(client):
    first_q = "why was the 45 yo woman's naproxen approved?"
    first = ask(client, first_q)
    body = ask(client, "was that the same reviewer as the 54 yo woman's naproxen?", history=[turn(first_q, first)])
    assert body["answer"].startswith(
        "No: different specialties: the reviewer of case CM17-0019011 is a specialist in Preventive Medicine, "
        "Occupational Medicine; the reviewer of case CM17-0013716 is a specialist in Anesthesiology, Pain Management. "
        "The IMR reviewer of case CM17-0013716 is a specialist in Anesthesiology, Pain Management")
