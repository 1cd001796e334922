"""A denial said with the thing denied inside the verb ("did they turn it down?", "they shot them down")
is read as the denial, so a yes/no question of it opens with its yes or no (service.outcomes)."""

from __future__ import annotations

from service.outcomes import read_outcomes
from service.yes_no import claimed, decision_asked


def test_turn_it_down_asked_is_a_yes_no_of_the_denial() -> None:
    text = "wedge pillow - did they turn it down?"
    assert [(o.words, o.decision, o.role) for o in read_outcomes(text).found] == [("turn it down", "Upheld", "asked")]
    assert claimed(text) == [(24, "Upheld")]
    assert decision_asked(text) == "Upheld"


def test_shot_them_down_and_turned_him_down_are_denials() -> None:
    assert [o.words for o in read_outcomes("the braces - they shot them down, right?").found] == ["shot them down"]
    assert decision_asked("UR approved half. did IMR turn him down on the rest?") == "Upheld"


def test_turned_down_bare_still_reads() -> None:
    assert [o.words for o in read_outcomes("was the wedge pillow turned down?").found] == ["turned down"]
