"""Words that name no thing asked of: who else ("the other 63 year old"), a correction's ("sorry, I meant ...") and a
thing left unsaid ("her heating pad or whatever"): never reported as a thing no letter has (service.lacking)."""

from __future__ import annotations

from service.lacking import _thing_words
from service.understand import understand


def test_fillers_and_corrections_are_no_things() -> None:
    assert "whatever" not in _thing_words(understand("the 37 yo woman's heating pad or whatever - denied?"))
    assert "heating" in _thing_words(understand("the 37 yo woman's heating pad or whatever - denied?"))
    assert {"sorry", "meant"}.isdisjoint(_thing_words(understand("sorry, I meant the elbow ones")))
    assert "other" not in _thing_words(understand("and the other 63 year old?"))


def test_what_a_decision_rests_on_is_no_thing() -> None:
    assert {"base", "based"}.isdisjoint(_thing_words(understand("what did UR base its denial on?")))


def test_an_outcomes_figure_of_speech_is_no_thing() -> None:
    assert "sweep" not in _thing_words(understand("was it a clean sweep of denials for the 33 yo man?"))
