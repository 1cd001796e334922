"""A yes/no question typed telegraphically, its auxiliary and question mark dropped: the last clause
tells a decision of a thing named before it ("man who fainted at work: knee mri approved" is "was
his knee MRI approved?"), and asks what IMR decided; it presumes nothing. A clause with its
auxiliary, a why, or a full stop is still a premise."""

from __future__ import annotations

from datetime import date

import pytest

from service.outcomes import read_outcomes
from service.understand import understand


@pytest.mark.parametrize("question", [
    "man who fainted and fell at work: knee mri approved",
    "29 yo female, icing back, sprained right knee too - knee mri denied",
    "pantoprazole approved for lady whose acid reflux got better on",
    "hurt herself lifting at work, strained lower back. single one of five requests approved",
])
def test_a_decision_told_last_without_its_auxiliary_asks(question: str) -> None:
    o = read_outcomes(question)
    assert (o.asked, o.premise, o.wanted) == (True, None, None)


@pytest.mark.parametrize(("question", "premise"), [
    ("my husband's knee MRI was denied", "Upheld"),
    ("why knee mri denied", "Upheld"),
    ("the knee mri approved.", "Overturned"),
    ("man who fainted: why knee mri approved", "Overturned"),
])
def test_an_auxiliary_a_why_or_a_full_stop_keeps_the_premise(question: str, premise: str) -> None:
    o = read_outcomes(question)
    assert (o.asked, o.premise) == (False, premise)


@pytest.mark.parametrize(("question", "treatments", "regions"), [
    ("29 yo female, icing back, numbness down right leg, sprained right knee too - knee mri denied",
     ("mri", "imaging"), ("knee",)),
    ("52 y/o woman, lifting injury, manipulation denied - and e-stim", ("e_stim",), ()),
    ("ncs denied for 46 y/o woman with left neck pain down arm - and emg", ("emg",), ("cervical", "upper extremity")),
    ("rotator cuff repair for 63 yo who tripped denied - so 12 post-op pt visits denied too", ("physical_therapy",),
     ("shoulder",)),
])
def test_the_last_clause_told_telegraphically_is_what_is_asked(question: str, treatments: tuple[str, ...],
                                                               regions: tuple[str, ...]) -> None:
    q = understand(question, date(2026, 12, 1))
    assert (q.treatments, q.body_regions, q.asked) == (treatments, regions, True)


@pytest.mark.parametrize("question", ["so imr approved the neck therapy", "MRIs of the arm elbow wrist or hand any approved"])
def test_imr_as_the_subject_or_any_is_no_telegraphic_question(question: str) -> None:
    assert read_outcomes(question).premise is None or read_outcomes(question).asked is False
    assert read_outcomes(question).found[0].role != "asked"


def test_a_decision_with_a_question_mark_after_it_keeps_what_it_names() -> None:
    q = understand("the woman who had the knee scope approved - what about her PT?", date(2026, 12, 1))
    assert q.treatments == ("arthroscopy", "physical_therapy", "surgery")
