"""A number asked for, then how many went through: the units of one request, not a collection count."""

from __future__ import annotations

import pytest

from service.understand import understand


@pytest.mark.parametrize("question", [
    "they asked for 12 chiro visits for her neck and back, how many did IMR allow?",
    "they asked for 12 sessions of PT, how many did IMR allow?",
    "doc requested 8 acupuncture sessions - how many did the reviewer approve?",
    "dr asked for pt 2x a week for 6 weeks for my shoulders elbows and wrists, how many did they allow",
    "they requested PT 3x4 for his back, how many did IMR approve?",
])
def test_a_number_asked_for_then_how_many_allowed_is_one_item(question: str) -> None:
    assert understand(question).kind == "item"


@pytest.mark.parametrize("question", [
    "how many acupuncture requests did IMR allow?",
    "how many PT requests were approved?",
])
def test_how_many_requests_is_still_a_count(question: str) -> None:
    assert understand(question).kind == "count"
