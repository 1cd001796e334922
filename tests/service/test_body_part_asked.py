"""The body part a request was for, asked of one item (service.compose.body_part): from the request's words, else the
guideline the reviewer judged it under, else the rationale; a choice or a yes/no answered first. Found asking by hand
over the dev letters; real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.compose.facts import asked_facts
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "facts"), [
    ("the 25 yo woman - what body part was her PT for?", ("body_part",)),
    ("the 25 yo woman - was her PT for the back or the neck?", ("body_part",)),
    ("the 43 yo woman's chiro - was it for her neck?", ("body_part",)),
    ("what part of the body was the MRI for?", ("body_part",)),
    # ... not a part told beside an outcome asked, nor the part of a request IMR looked at
    ("Was the Synvisc shot for my knee approved?", ()),
    ("The 41-year-old's ibuprofen wasn't completely denied, was it? What part did IMR actually look at?", ()),
    ("50 yo woman who was punched in the face - was her extra PT for the neck approved?", ()),
])
def test_the_body_part_asked(question, facts) -> None:
    assert asked_facts(question) == facts


# CM17-0003890: a 25-year-old woman's 8 PT sessions (no part named; MTUS Low Back Complaints), upheld;
# CM16-0231706: a 43-year-old woman's chiropractic physiotherapy for the cervical spine and back, upheld;
# CM16-0248034: a 63-year-old man's EMG/NCS of the bilateral upper extremities, overturned
client = served_client("CM17-0003890", "CM16-0231706", "CM16-0248034")


@pytest.mark.parametrize(("question", "lead"), [
    ("the 25 yo woman - what body part was her PT for?",
     'The request "Eight (8) physical therapy sessions" in case CM17-0003890 names no body part; the reviewer judged it '
     'under MTUS Low Back Complaints 2004, a guideline for the low back [1].'),
    ("the 25 yo woman - was her PT for the back or the neck?",
     'The low back: the request "Eight (8) physical therapy sessions" in case CM17-0003890 names no body part; the '
     'reviewer judged it under MTUS Low Back Complaints 2004, a guideline for the low back [1].'),
    ("the 43 yo woman's chiro - was it for her neck?",
     'Yes: the request "Chiropractic physiotherapy treatment 6 visits" in case CM16-0231706 is for the neck and the low '
     'back [1].'),
    ("the 63 yo man - what body part was his EMG for?",
     'The request "EMG/NCS of the bilateral upper extremities" in case CM16-0248034 is for both arms [1].'),
])
def test_the_part_is_said_first(client, question: str, lead: str) -> None:
    answer = ask(client, question)
    assert answer["answer"].startswith(lead)
    assert answer["citations"][0]["role"] in ("guideline", "heading")
