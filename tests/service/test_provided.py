"""A treatment named as a condition of what is asked ("can he get them later if he does more PT?") is not what
is asked (service.provided)."""

from __future__ import annotations

from datetime import date

from service.provided import condition_clauses
from service.understand import understand

LATER = "57 yo man, the back injections at L4 and L5 were turned down. can he get them later if he does more PT?"
FIRST = "the lumbar MRI was denied for the 28 yo woman - will they approve it if she tries physical therapy first?"


def test_the_condition_clause_is_found_when_the_asking_part_asks_of_a_thing_told_before() -> None:
    (start, end), = condition_clauses(LATER)
    assert LATER[start:end] == "if he does more PT"
    (start, end), = condition_clauses(FIRST)
    assert FIRST[start:end] == "if she tries physical therapy first"


def test_no_condition_when_the_asking_part_names_its_own_treatment_or_no_story_names_one() -> None:
    assert condition_clauses("57 yo man - can he get an epidural if he does more PT?") == []
    assert condition_clauses("57 yo man - can he get it if he does more PT?") == []  # no treatment told before
    assert condition_clauses("the MRI was denied. was the PT approved if he had surgery?") == []


def test_the_question_asks_of_the_injections_told_not_of_the_pt() -> None:
    q = understand(LATER, date(2026, 12, 1))
    assert "physical_therapy" not in q.treatments
    assert "a condition, not what is asked: 'if he does more PT'" in q.notes
    q = understand(FIRST, date(2026, 12, 1))
    assert q.treatments == ("mri", "imaging") and q.treatment_words == ("MRI",)
