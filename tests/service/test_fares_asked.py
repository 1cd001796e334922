"""How a kind fares, asked in general (round 78): "is it worth appealing a denied CT scan to IMR? how do those usually
go?" is a pattern across letters with both outcomes' reasons (service.kinds.FARES_ASKED), not one CT scan's answer;
"is it worth appealing the denial of his MRI?" stays his."""

from __future__ import annotations

import pytest

from service.kinds import FARES_ASKED
from service.plan import make_plan
from service.understand import understand


@pytest.mark.parametrize("text", [
    "is it worth appealing a denied CT scan to IMR? how do those usually go?",
    "is it worth appealing a denied CT scan to IMR?",
    "denied CT scans - how do those usually go?",
    "how do CT scans usually go at IMR?",
    "how does chiropractic tend to turn out at IMR?",
])
def test_how_a_kind_fares_is_a_pattern_of_both_outcomes(text: str) -> None:
    query = understand(text)
    assert query.kind == "pattern"
    plan = make_plan(query, {}, set())
    assert plan.kind == "pattern" and plan.approval_minded is True


@pytest.mark.parametrize("text", [
    "is it worth appealing the denial of his MRI?",
    "UR denied my botox, is it worth appealing to IMR?",
    "how did his MRI go?",
])
def test_theirs_is_no_pattern(text: str) -> None:
    assert understand(text).kind == "item"


def test_the_words_that_ask_it() -> None:
    assert FARES_ASKED.search("how do those usually go?").group(0) == "how do those usually go"
    assert FARES_ASKED.search("Is it even worth appealing an MRI denial?").group(0) == "Is it even worth appealing an "
    assert FARES_ASKED.search("how did it go?") is None
