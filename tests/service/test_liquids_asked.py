"""A kind of medication told by its form alone: "which of the requests in CM17-0013625 were liquids?"
asks the letter's drugs taken as a liquid (its oral suspensions), not every request of the letter."""

from __future__ import annotations

from indexer.treatments import find_treatments
from tests.conftest import ask, served_client

client = served_client("CM17-0013625", "CM16-0219557")


def test_liquids_named_alone_are_the_medications_of_that_form():
    assert find_treatments("which of the requests in CM17-0013625 were liquids?") == [("medication", "liquids")]


def test_the_letters_liquid_forms_are_listed(client):
    answer = ask(client, "which of the requests in CM17-0013625 were liquids?")
    assert answer["lead"] == "In CM17-0013625, all 4 requests for medications (oral liquid forms) were denied (upheld)."
    # the four oral suspensions (items 2 to 5), not the celecoxib (item 1)
    assert sorted({c["item_index"] for c in answer["citations"] if c["item_index"]}) == [2, 3, 4, 5]


def test_which_of_those_after_a_letter_is_of_that_letter(client):
    ask(client, "what was decided in CM17-0013625?", conversation_id="liquids-1")
    answer = ask(client, "which of those were liquids?", conversation_id="liquids-1")
    assert answer["lead"] == "In CM17-0013625, all 4 requests for medications (oral liquid forms) were denied (upheld)."
    ask(client, "what was decided in CM17-0013625?", conversation_id="liquids-2")
    meds = ask(client, "which of those were medications?", conversation_id="liquids-2")
    assert meds["lead"] == "In CM17-0013625, all 5 requests for medications were denied (upheld)."
