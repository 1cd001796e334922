"""A treatment named as a condition of what is asked ("can he get them later if he does more PT?") is not what
is asked (service.provided)."""

from __future__ import annotations

from datetime import date

from service.provided import condition_clauses
from service.understand import understand
from tests.conftest import ask, served_client

LATER = "57 yo man, the back injections at L4 and L5 were turned down. can he get them later if he does more PT?"
FIRST = "the lumbar MRI was denied for the 28 yo woman - will they approve it if she tries physical therapy first?"


def test_the_condition_clause_is_found_when_the_asking_part_asks_of_a_thing_told_before() -> None:
    (start, end), = condition_clauses(LATER)
    assert LATER[start:end] == "if he does more PT"
    (start, end), = condition_clauses(FIRST)
    assert FIRST[start:end] == "if she tries physical therapy first"


def test_no_condition_when_no_story_names_a_treatment_and_nothing_asked_names_one() -> None:
    assert condition_clauses("57 yo man - can he get it if he does more PT?") == []  # no treatment told before
    assert condition_clauses("did she get PT after the MRI?") == []  # no one doing it: a time, not a condition
    assert condition_clauses("if she does PT, will the MRI be approved?") == []  # not closing the question


def test_the_condition_closing_a_question_that_names_the_treatment_asked() -> None:
    # the treatment asked named first, the condition closing the question: "once she tried PT" is what she did
    for text, clause in (("did the 29 yo woman's lumbar MRI get approved once she tried PT?", "once she tried PT"),
                         ("57 yo man - can he get an epidural if he does more PT?", "if he does more PT"),
                         ("the MRI was denied. was the PT approved if he had surgery?", "if he had surgery")):
        (start, end), = condition_clauses(text)
        assert text[start:end] == clause
    q = understand("did the 29 yo woman's lumbar MRI get approved once she tried PT?", date(2026, 12, 1))
    assert q.treatments == ("mri", "imaging")


def test_the_question_asks_of_the_injections_told_not_of_the_pt() -> None:
    q = understand(LATER, date(2026, 12, 1))
    assert "physical_therapy" not in q.treatments
    assert "a condition, not what is asked: 'if he does more PT'" in q.notes
    q = understand(FIRST, date(2026, 12, 1))
    assert q.treatments == ("mri", "imaging") and q.treatment_words == ("MRI",)


# CM17-0005246: a 29-year-old woman's lumbar MRI, upheld; no PT request
client = served_client("CM17-0005246")


def test_the_condition_is_no_treatment_the_case_lacks(client) -> None:
    answer = ask(client, "did the 29 yo woman's lumbar MRI get approved once she tried PT?")["answer"]
    assert answer.startswith('No: the denial of "MRI (magnetic resonance imaging) of the lumbar spine" was upheld; it was '
                             'not authorised [1].')
    assert "has no request for PT" not in answer
