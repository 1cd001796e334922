""""which guideline?" after an item's answer leads with the guideline the reviewer relied on (its source and
sections, cited to the letter's guideline line) and the rule sentence the rationale cites, quoted, and says
them once (service.compose.facts, service.conversation.ABOUT_IT). Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.compose.facts import asked_facts
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "facts"), [
    ("which guideline?", ("guideline",)),
    ("and what was the guideline? [the home aide in case CM16-0249735]", ("guideline",)),
    ("which section?", ("guideline",)),
    ("which guideline did they use?", ("guideline",)),
    ("which guideline did they go by? [the Tramadol 50mg #60 in case CM17-0017734]", ("guideline",)),
    ("which home aide was denied?", ()),
    # ... or the guideline that covers a kind of request
    ("which guideline section covers home health services?", ("guideline",)),
    ("what rules apply to TENS units?", ("guideline",)),
])
def test_a_bare_guideline_question_asks_the_guideline(question, facts) -> None:
    assert asked_facts(question) == facts


def test_what_a_guideline_covers_is_no_outcome_nor_a_list() -> None:
    # "covers" of a guideline section is what it applies to, not IMR covering the request
    q = understand("which guideline section covers home health services?")
    assert (q.kind, q.decision, q.premise) == ("item", None, None)
    assert understand("was the MRI covered?").kind == "item"


# CM16-0249735: a 43-year-old man's home aide, the remainder upheld under MTUS Chronic Pain, Home health services
client = served_client("CM16-0249735")


def test_which_guideline_after_the_home_aide_leads_with_it(client) -> None:
    first_q = "why was the home aide denied?"
    first = ask(client, first_q)
    history = [{"question": first_q, "kind": first["kind"],
                "items": [{"case_number": c["case_number"], "item_index": c["item_index"]} for c in first["citations"][:1]]}]
    answer = ask(client, "which guideline?", history=history)
    assert answer["answer"].startswith(
        'For "Home aide 6 hours per day, 5 times a week for 4 weeks to assist with mobility, transfer…" in case CM16-0249735, '
        "the reviewer relied on MTUS Chronic Pain Medical Treatment 2016, Section(s): Home health services [1], and the rule "
        'it cites: "To be homebound means: The individual has trouble leaving the home without help')
    assert answer["citations"][0]["role"] == "guideline"
    assert "Guideline: " not in answer["answer"]
    assert answer["answer"].count("To be homebound means: The individual") == 1
