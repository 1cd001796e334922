"""A kind's outcome asked in general in words the plural and frequency rules missed is a pattern: "why don't
shoulder MRIs get approved?", "why are the compounded creams always denied?", "what usually gets a lumbar MRI
approved?" (both outcomes), "what keeps getting epidural shots denied?", "is it common for IMR to deny physical
therapy?"; and a denial told as a habit ("why do they keep saying no to more PT visits after some were already
authorized?") is about the denials."""

from __future__ import annotations

import pytest

from service.plan import make_plan
from service.understand import understand


@pytest.mark.parametrize(("question", "kind"), [
    ("why don't shoulder MRIs get approved?", "pattern"),
    ("why are the compounded creams always denied?", "pattern"),
    ("what usually gets a lumbar MRI approved?", "pattern"),
    ("what keeps getting epidural shots denied?", "pattern"),
    ("is it common for IMR to deny physical therapy?", "pattern"),
    ("is it rare for reviewers to approve acupuncture?", "pattern"),
    ("why doesn't IMR approve nerve tests of the arm?", "pattern"),
    ("how come stomach meds never get approved?", "pattern"),
    ("what's the reason CT scans of the neck get approved or denied?", "pattern"),
    # one patient's item stays that item
    ("why doesn't IMR approve her shoulder MRI?", "item"),
    ("how come his MRI never got approved?", "item"),
    ("why don't they approve her shoulder MRI?", "item"),
    ("why wasn't his lumbar MRI approved?", "item"),
])
def test_an_outcome_asked_in_general_is_a_pattern(question, kind):
    assert understand(question).kind == kind


@pytest.mark.parametrize(("question", "focus", "both"), [
    ("what usually gets a lumbar MRI approved?", "Overturned", True),
    ("why do they keep saying no to more PT visits after some were already authorized?", "Upheld", False),
    ("what keeps getting epidural shots denied?", "Upheld", False),
    ("is it common for IMR to approve acupuncture?", "Overturned", True),
    ("why don't neck MRIs get approved for women?", "Upheld", False),
    ("why don't shoulder MRIs get approved?", "Upheld", False),
    ("how come stomach meds never get approved?", "Upheld", False),
    ("is it common for IMR to deny physical therapy?", "Upheld", False),
])
def test_the_outcome_a_general_question_is_about(question, focus, both):
    plan = make_plan(understand(question), {}, set())
    assert (plan.kind, plan.focus, plan.approval_minded) == ("pattern", focus, both)


@pytest.mark.parametrize("question", [
    "for older workers, why are MRIs denied?",
    "why are MRIs denied for younger employees?",
])
def test_workers_told_by_age_are_no_job(question):
    query = understand(question)
    assert (query.kind, query.person.occupations) == ("pattern", ())


def test_a_job_is_still_a_job():
    assert understand("did the construction worker get his MRI?").person.occupations == ("the construction worker",)
