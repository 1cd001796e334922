"""What IMR usually decides about a kind of request ("Celebrex-type pills - does IMR usually approve
them?", "acupunture - does imr usualy overturn the UR denial?") is a pattern of both outcomes: the
base rate, what the approved ones had, then what the denied ones lacked (not one letter's item).
Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.plan import make_plan
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "kind", "focus", "both"), [
    ("Celebrex-type pills - does IMR usually approve them?", "pattern", "Overturned", True),
    ("acupunture - does imr usualy overturn the UR denial?", "pattern", "Overturned", True),
    # a why-question about the usual outcome asks for that outcome's reasons only
    ("Why are lumbar MRIs usually denied?", "pattern", "Upheld", False),
])
def test_the_usual_outcome_is_a_pattern_of_both(question, kind, focus, both):
    plan = make_plan(understand(question), {}, set())
    assert (plan.kind, plan.focus, plan.approval_minded) == (kind, focus, both)


# every acupuncture item: overturned in CM16-0230548, CM16-0242419, CM17-0010885; upheld in CM17-0007857, CM17-0011703
client = served_client("CM16-0230548", "CM16-0242419", "CM17-0010885", "CM17-0007857", "CM17-0011703")


def test_both_outcomes_are_quoted_from_every_letter(client):
    body = ask(client, "acupunture - does imr usualy overturn the UR denial?")
    assert body["answer"].startswith("Of 5 acupuncture requests in the index, 2 were denied (upheld) and 3 approved "
                                     "(overturned). What the 3 approved ones had: ")
    assert "What the 2 denied ones lacked: " in body["answer"]
    assert {c["case_number"] for c in body["citations"]} == {
        "CM16-0230548", "CM16-0242419", "CM17-0010885", "CM17-0007857", "CM17-0011703"}


def test_usually_denied_of_a_kind_usually_approved_gives_the_approvals_too(client):
    # "is naproxen usually denied at IMR, and why" (nat-2731): the premise of the usual denial is wrong, so the
    # approvals' reasons come first, then the denials'
    body = ask(client, "acupuncture - is it usually denied, and why?")
    assert body["answer"].startswith("Of 5 acupuncture requests in the index, 2 were denied (upheld) and 3 approved "
                                     "(overturned). What the 3 approved ones had: ")
    assert "What the 2 denied ones lacked: " in body["answer"]
