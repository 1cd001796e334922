"""A selection with its reasons asked after it, as a clause of its own ("which scans did IMR
overturn, and why?", "which chiro requests did IMR deny and why?"), still selects: the items of that
outcome are listed, each with its finding, not every item of the kind. A why that opens the question
is a premise, as before."""

from __future__ import annotations

import pytest

from service.plan import make_plan
from service.understand import understand


@pytest.mark.parametrize(("question", "kind", "focus"), [
    ("which scans did IMR overturn, and why?", "list", "Overturned"),
    ("which PT requests were approved - and why?", "list", "Overturned"),
    ("which chiro requests did IMR deny and why?", "list", "Upheld"),
])
def test_the_selection_holds_before_and_why(question, kind, focus):
    query = understand(question)
    plan = make_plan(query, {}, set())
    assert (plan.kind, plan.focus, query.decision) == (kind, focus, focus)


def test_a_why_that_opens_the_question_selects_nothing():
    query = understand("why were the scans that IMR overturned approved?")
    assert query.decision is None


def test_a_why_with_its_own_outcome_is_no_bare_and_why():
    query = understand("CT scans - was one ever approved, and why were the rest denied?")
    assert (query.kind, query.premise, query.decision) == ("pattern", "Overturned", None)
