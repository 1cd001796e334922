"""A treatment named with no case and no patient, that several letters decide ("why was the lumbar MRI denied?",
"why was the TENS unit denied?"): the best match is still explained first, and one closing line names the other
letters that decide the same treatment (same set, same body part), with their decisions, and says how to choose,
with no quote and no [n] mark from them (service.fits_others). A case named, or a body part the others lack, adds
nothing. Real letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

import pytest

from service.fits_others import picks_nothing
from service.understand import understand
from tests.conftest import ask, served_client

# lumbar MRIs: CM17-0005246 (denied), CM16-0240900 (denied), CM17-0008519 (approved), CM16-0234464 (denied, beside
# its positional MRI of the right hand, the only positional one); CM17-0016204: a cervical MRI
# (denied); TENS units: CM17-0017776 and CM16-0248471 (both denied)
client = served_client("CM17-0005246", "CM16-0240900", "CM17-0008519", "CM17-0016204", "CM17-0017776", "CM16-0248471",
                       "CM16-0234464")


@pytest.mark.parametrize("question, nothing", [
    ("why was the lumbar MRI denied?", True),
    ("why was the TENS unit denied?", True),  # ("TENS" is no count of ten)
    ("the claims administrator only authorized 27 of the 30 baclofen - what did IMR do with the other 3?", False),
    ("After UR's partial certification of the ibuprofen, what happened to the remaining portion?", False),
    ("RFA dated 11/17/2016 for chiropractic physiotherapy: why didn't IMR approve the remaining visits?", False),
    ("The letter decided on January 26, 2017 about nerve testing: approved or denied, and why?", False),
    ("two women had shoulder MRIs denied, one 54 and one 62 - why was the older one's denied?", False),
    ("why was the L5 epidural denied?", False),
])
def test_what_picks_a_letter(question: str, nothing: bool) -> None:
    assert picks_nothing(understand(question), {}) is nothing


def test_the_other_letters_that_decide_it_are_named(client):
    answer = ask(client, "why was the lumbar MRI denied?")
    assert answer["citations"][0]["case_number"] == "CM17-0005246"
    assert answer["answer"].endswith(" Other letters also decide lumbar MRI requests: CM17-0008519 (approved), "
                                     "CM16-0240900 (denied), CM16-0234464 (denied); name the case or the patient to "
                                     "choose.")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0005246"}  # no mark from the others


def test_tens_is_no_count_of_ten(client):
    answer = ask(client, "why was the TENS unit denied?")
    first = answer["citations"][0]["case_number"]
    other = {"CM17-0017776": "CM16-0248471", "CM16-0248471": "CM17-0017776"}[first]
    assert answer["answer"].endswith(f" Other letters also decide TENS unit requests: {other} (denied); name the case or "
                                     "the patient to choose.")


def test_a_case_named_or_another_body_part_adds_nothing(client):
    answer = ask(client, "why was the lumbar MRI denied in CM16-0240900?")
    assert "Other letters" not in answer["answer"]
    answer = ask(client, "upright or positional MRIs - does IMR allow them?")  # the only positional MRI
    assert answer["citations"][0]["case_number"] == "CM16-0234464"
    assert "Other letters" not in answer["answer"]
