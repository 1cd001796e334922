""""Did IMR back us up?" takes the asker's side: the adjuster's when the asker tells they denied it
("We denied ...", "I'm an adjuster", "adjuster here"), so backing them upholds the denial; the
patient's side when the asker asked for it ("I asked for an MRI, did IMR back me up?"), so backing
them approves it. "Us" with no side told is no outcome. Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.outcomes import read_outcomes
from service.yes_no import decision_asked
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("text", "asked"), [
    ("I'm an adjuster. We denied the 62 year old woman's shoulder MRI. Did IMR back us up?", "Upheld"),
    ("We denied the 62 year old woman's shoulder MRI. Did IMR agree with us?", "Upheld"),
    ("I work for the carrier - did the reviewer side with us on her MRI?", "Upheld"),
    ("I asked for an MRI, did IMR back me up?", "Overturned"),
    ("we asked for PT for my husband. did IMR side with us?", "Overturned"),
    ("we were denied the MRI, did IMR back us up?", "Overturned"),
    ("did the reviewer side with me?", "Overturned"),
    ("did IMR back us up?", None),
    ("I work for the same employer as her. did IMR back us up?", None),  # a coworker: no side of UR's
    # the patient's side by a pronoun, or the patient's doctor told with the patient before
    ("my sister is 25 and they wouldn't pay for her 8 PT visits - did the independent review side with her?", "Overturned"),
    ("did the state reviewer back up the 62 yo woman's doctor on the shoulder MRI?", "Overturned"),
    ("did IMR side with the 27 yo woman's chiropractor?", "Overturned"),
])
def test_the_side_of_the_asker(text: str, asked: str | None) -> None:
    assert decision_asked(text) == asked


def test_the_askers_denial_is_urs() -> None:
    found = read_outcomes("We denied the 62 year old woman's shoulder MRI. Did IMR back us up?").found
    assert [(o.words, o.decision, o.role) for o in found] == [("denied", "Upheld", "ur"),
                                                               ("IMR back us up", "Upheld", "asked")]


# a 62-year-old woman: MRI of the right shoulder, upheld
client = served_client("CM17-0014288")
DENIED = 'the denial of "MRI of the right shoulder without contrast" was upheld; it was not authorised [1].'


@pytest.mark.parametrize(("question", "lead"), [
    ("I'm an adjuster. We denied the 62 year old woman's shoulder MRI. Did IMR back us up?", f"Yes: {DENIED}"),
    ("We denied the 62 year old woman's shoulder MRI. Did IMR agree with us?", f"Yes: {DENIED}"),
    ("I asked for an MRI for the 62 year old woman's shoulder, did IMR back me up?", f"No: {DENIED}"),
    ("did the state reviewer back up the 62 yo woman's doctor on the shoulder MRI?", f"No: {DENIED}"),
])
def test_yes_or_no_from_the_askers_side(client, question: str, lead: str) -> None:
    assert ask(client, question)["answer"].startswith(lead)
