""""none got through right?": a claim closed by a confirmation typed with no comma is still a claim of the
outcome "got through" says (service.outcomes), so the list's negation is answered yes or no, not left unsaid."""

from __future__ import annotations

from service.outcomes import read_outcomes
from service.yes_no import claimed


def test_got_through_closed_by_right_with_no_comma_is_a_claim() -> None:
    text = "46 year old woman's ncs and emg, none got through right?"
    assert [(o.words, o.decision, o.role) for o in read_outcomes(text).found] == [("none got through", "Upheld", "premise")]
    assert claimed(text) == [(33, "Upheld")]
    # ... as with the comma
    assert claimed("46 year old woman's ncs and emg, none got through, right?") == [(33, "Upheld")]
    # ... not "right" of the time ("went through right after the surgery")
    assert read_outcomes("it went through right after the surgery?").found == ()
