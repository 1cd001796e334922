"""Whether IMR ever ruled on a kind of request, typed telegraphically without "did" ("ergonomic chair
for neck pain - imr ever rule on one"): a question across letters, as "did IMR ever rule on one?" is."""

from __future__ import annotations

from datetime import date

import pytest

from service.understand import understand


@pytest.mark.parametrize("question", [
    "ergonomic chair or standing desk for neck pain at work - imr ever rule on one",
    "ergonomic chair or a standing desk for neck pain at work - did IMR ever rule on one?",
    "tens units: imr ever decided on one",
])
def test_ever_ruled_on_asks_across_letters(question: str) -> None:
    assert understand(question, date(2026, 12, 1)).kind == "list"


def test_ruling_on_ones_own_item_is_not_across_letters() -> None:
    assert understand("the 33 yo guy - imr ever rule on his mri", date(2026, 12, 1)).kind == "item"
