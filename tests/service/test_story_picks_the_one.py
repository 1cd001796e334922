"""A treatment no letter has, asked of a patient whose age and sex two letters share, where the story's treatment is
in one of them only ("after his shoulder surgery"): that one is theirs, said to lack it too (service.flows.item
_story_one). Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two 63-year-old men: a shoulder arthroscopy with its cryotherapy unit, brace and PT (all upheld); a nerve test of
# the arms (overturned)
client = served_client("CM17-0006797", "CM16-0248034")


def test_the_story_surgery_picks_his_letter(client) -> None:
    answer = ask(client, "was a heat pack approved after his shoulder surgery? he's 63")
    assert answer["not_found"] == "case_lacks"
    assert answer["answer"].startswith("No letter in the index decides a request for heat pack. The letter of the patient "
                                       "described, case CM17-0006797, has no request for it either. Its letter decided 5 "
                                       "items:")


def test_no_story_picks_no_one(client) -> None:
    answer = ask(client, "was a heat pack approved for the 63 yo man?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for heat pack.")
