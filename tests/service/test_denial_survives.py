""""Did the denial of the lumbar MRI stand?", "did UR's denial hold up at IMR?": a denial that survives
IMR is upheld, asked as a yes/no question (service.outcomes reads the verb after a denial, and
service.yes_no answers it). Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.outcomes import read_outcomes
from service.yes_no import decision_asked
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("text", "found"), [
    ("did UR's denial hold up at IMR?", [("denial", "Upheld", "ur"), ("hold up at IMR", "Upheld", "asked")]),
    ("did the denial of the lumbar MRI stand?", [("denial", "Upheld", "ur"), ("stand", "Upheld", "asked")]),
    ("did the adjuster's decision survive IMR?", [("survive IMR", "Upheld", "asked")]),
    ("the denial of her MRI didn't stick?", [("denial", "Upheld", "ur"), ("n't stick", "Overturned", "premise")]),
    # no denial to survive: no outcome
    ("did it stand?", []),
    ("can the 60 yo man stand?", []),
    ("was the surgery put on hold?", []),
    ("the denial says she can't stand?", [("denial", "Upheld", "premise")]),
    ("did IMR stand with UR?", [("stand with UR", "Upheld", "asked")]),  # taking a side, as before
    # the denial told before, then named by a pronoun (nat-2649, nat-2651)
    ("UR denied the neck CT for the 24 yo who fainted and cracked his C2. did that hold up?",
     [("denied", "Upheld", "ur"), ("hold up", "Upheld", "asked")]),
    ("UR turned down the 45 yo woman's naproxen. did that stick at IMR?",
     [("turned down", "Upheld", "ur"), ("stick at IMR", "Upheld", "asked")]),
    ("the MRI was approved - did that hold?", [("approved", "Overturned", "premise")]),  # no denial told
    # UR's decision or its cut of a request ("decision hold": not the "on hold" of "put on hold")
    ("did UR's decision hold up at IMR?", [("hold up at IMR", "Upheld", "asked")]),
    ("the 43 yo man's home aide: did UR's cut stand at IMR?", [("stand at IMR", "Upheld", "asked")]),
    ("did UR's modification hold up?", [("hold up", "Upheld", "asked")]),
    # ... or UR's "no", a noun, no negation of the verb after it
    ("did the adjuster's no hold up?", [("hold up", "Upheld", "asked")]),
    ("did UR's no stand?", [("stand", "Upheld", "asked")]),
])
def test_a_denial_that_survives_is_upheld(text: str, found: list) -> None:
    assert [(o.words, o.decision, o.role) for o in read_outcomes(text).found] == found


@pytest.mark.parametrize("text", ["did UR's denial hold up at IMR?", "did the denial of the lumbar MRI stand?",
                                  "was the denial upheld?", "did the non-cert stick?"])
def test_whether_the_denial_survived_is_a_yes_no_of_upholding(text: str) -> None:
    assert decision_asked(text) == "Upheld"


# a 60-year-old man: neck and hand MRI upheld, acupuncture overturned
client = served_client("CM16-0230548")
APPROVED = '"Acupuncture 3 times a week for 2 weeks, neck, right hand and head" was approved (overturned: ' \
           "authorised) [1]."
DENIED = 'the denial of "MRI of neck and right hand without contrast" was upheld; it was not authorised [1].'


@pytest.mark.parametrize(("question", "lead"), [
    ("did UR's denial of the 60 yo man's MRI hold up at IMR?", f'Yes: {DENIED}'),
    ("the 60 yo man's acupuncture - did UR's denial hold up at IMR?", f'No: {APPROVED}'),
    ("did the denial of the 60 yo man's acupuncture stand?", f'No: {APPROVED}'),
])
def test_the_answer_opens_with_yes_or_no(client, question: str, lead: str) -> None:
    assert ask(client, question)["answer"].startswith(lead)


def test_a_denial_told_then_asked_by_a_pronoun_opens_with_yes_or_no(client) -> None:
    answer = ask(client, "UR denied the acupuncture for the 60 yo man who hit his head. did that hold up?")
    assert answer["answer"].startswith(f"No: {APPROVED}")
