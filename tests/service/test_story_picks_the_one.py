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


def test_no_story_but_the_kind_asked_picks_the_letter_with_that_kind(client) -> None:
    # no story; of the two letters, only CM17-0006797 has equipment (the brace, the cryotherapy unit), the kind a heat
    # pack is (service.flows.item._kin_told): said as the one that fits, with its decisions
    answer = ask(client, "was a heat pack approved for the 63 yo man?")
    assert answer["not_found"] == "case_lacks"
    assert answer["answer"].startswith("No letter in the index decides a request for heat pack. Of the 2 letters that fit "
                                       "the 63-year-old man, CM17-0006797 decided DME requests: it has no request for it "
                                       "either. Its letter decided 5 items:")
