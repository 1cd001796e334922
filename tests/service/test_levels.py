"""Spinal levels (service.levels) and what a question's level does to the ranking."""

from __future__ import annotations

from datetime import date

import pytest

from service.levels import levels
from service.understand import understand


@pytest.mark.parametrize(("text", "expected"), [
    ("Right L5-S1 epidural steroid injection", {"L5", "S1"}),
    ("Facet joint injections L4-5, L5-S1", {"L4", "L5", "S1"}),
    ("C5-6 and C6-7 anterior cervical discectomy", {"C5", "C6", "C7"}),
    ("Right L4 transforaminal epidural steroid injection", {"L4"}),
    ("MRI of the thoracic spine, T12 compression", {"T12"}),
    ("L4-L5 laminectomy", {"L4", "L5"}),
    # no level: spine names, doses, counts, a hyphenated word, a vertebra that does not exist
    ("MRI of the C-spine and L-spine", set()),
    ("Lidoderm 5% patch #30, 3 x 4 visits", set()),
    ("l-arginine and L9", set()),
])
def test_levels_named(text: str, expected: set[str]) -> None:
    assert levels(text) == expected


def test_a_question_asks_about_the_levels_of_its_asking_sentence() -> None:
    q = understand("IMR on the R L5 TFESI? (UR also denied the L4 level.)", today=date(2026, 11, 30))
    assert q.levels == ("L5",)
    assert "spinal level: L5" in q.notes
    assert understand("Why were the facet injections at L4-5 denied?", today=date(2026, 11, 30)).levels == ("L4", "L5")
    assert understand("Why was the lumbar MRI denied?", today=date(2026, 11, 30)).levels == ()
