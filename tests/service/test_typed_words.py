"""Mistyped question words read as meant (service.typed_words), and a follow-up so typed resolved."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve
from service.typed_words import retyped
from service.understand import understand

CELECOXIB = Fact(case_number="CM17-0013625", item_index=1, title="Celecoxib 200mg #90", decision="Upheld")


def test_question_words_are_read_as_meant() -> None:
    assert retyped("wat guideline") == ("what guideline", [("wat", "what")])
    assert retyped("same reasn?")[0] == "same reason?"
    assert retyped("Wat was the reasn it was denyed?")[0] == "what was the reason it was denied?"


def test_words_that_are_words_are_left_alone() -> None:
    assert retyped("what was the reason, Watson?") == ("what was the reason, Watson?", [])


def test_a_mistyped_follow_up_is_of_the_item_before() -> None:
    earlier = [Earlier(question="the 40 yo womans celebrex", items=(CELECOXIB,), kind="item")]
    assert resolve(retyped("wat guideline")[0], earlier).question == (
        "what guideline [the Celecoxib 200mg #90 in case CM17-0013625]")


def test_the_understood_question_notes_the_word_read() -> None:
    query = understand("why was the TENS unit denyed?")
    assert "read 'denyed' as 'denied'" in query.notes
