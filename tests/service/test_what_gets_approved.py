"""What gets a kind of request approved, asked in the present or the past ("acupuncture - what gets
it approved at IMR?", "NSAIDs - what makes IMR approve them?"), is approval-minded like "what would
make IMR approve one?": what the approved had, then what the denied lacked (not one letter's item,
nor the approvals alone); so is a kind said with its indefinite article ("what gets a TENS unit
approved at IMR? mine got denied"). One patient's item stays one patient's ("what got her MRI approved?").
Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.plan import make_plan
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "kind", "focus", "both"), [
    ("acupuncture - what gets it approved at IMR?", "pattern", "Overturned", True),
    ("anti-inflammatories like ibuprofen, naproxen or celebrex - what makes IMR approve them?",
     "pattern", "Overturned", True),
    ("nerve tests on the arm - what makes IMR approve one?", "pattern", "Overturned", True),
    ("what got her MRI approved?", "list", "Overturned", False),
    # a kind said with its indefinite article (nat-2724): any TENS unit, not the asker's alone
    ("what gets a TENS unit approved at IMR? mine got denied", "pattern", "Overturned", True),
    ("what makes an acupuncture request get approved?", "pattern", "Overturned", True),
    # ... or bare, with no article nor owner: any acupuncture, any PT
    ("what gets acupuncture approved at IMR?", "pattern", "Overturned", True),
    ("what gets PT approved by IMR?", "pattern", "Overturned", True),
])
def test_what_gets_it_approved_is_approval_minded(question, kind, focus, both):
    plan = make_plan(understand(question), {}, set())
    assert (plan.kind, plan.focus, plan.approval_minded) == (kind, focus, both)


# every acupuncture item: overturned in CM16-0230548, CM16-0242419, CM17-0010885; upheld in CM17-0007857, CM17-0011703
client = served_client("CM16-0230548", "CM16-0242419", "CM17-0010885", "CM17-0007857", "CM17-0011703")


def test_the_approved_and_the_denied_letters_are_quoted(client):
    body = ask(client, "acupuncture - what gets it approved at IMR?")
    assert body["answer"].startswith("Of 5 acupuncture requests in the index, 2 were denied (upheld) and 3 approved "
                                     "(overturned). What the 3 approved ones had: ")
    assert "What the 2 denied ones lacked: " in body["answer"]
    assert {c["case_number"] for c in body["citations"]} == {
        "CM16-0230548", "CM16-0242419", "CM17-0010885", "CM17-0007857", "CM17-0011703"}
