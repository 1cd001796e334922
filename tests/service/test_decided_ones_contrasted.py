"""The decided ones of a kind, in the plural, set against the rest ("what made the difference for the approved neck
MRIs?") ask a pattern across letters, not one item (service.kinds._DECIDED_ONES)."""

from __future__ import annotations

from datetime import date

from service.understand import understand


def test_the_decided_ones_contrasted_are_a_pattern() -> None:
    for text in ("what made the difference for the approved neck MRIs?", "what was different about the denied lumbar MRIs?"):
        assert understand(text, date(2026, 12, 1)).kind == "pattern", text
    # ... not one named letter's item, nor one item decided
    for text in ("CM16-0246624 neck MRI - what made the difference?",
                 "what made the difference for the approved neck MRI in case CM16-0246624?"):
        assert understand(text, date(2026, 12, 1)).kind == "item", text
