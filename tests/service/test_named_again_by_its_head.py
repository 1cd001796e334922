""""40 year old lady, elbow CT and the back program - so the CT was approved and the program denied?"
claims an outcome of each: the back program is named again as "the program" (service.head_named), so it
is asked, not the story the opening tells (service.story), and the claim after the dash is its own
(service.premises). Sample letters, the real model, real HTTP."""

from __future__ import annotations

from service.head_named import head_noun, named_again
from service.yes_no import claimed
from service.premises import by_clause
from tests.conftest import ask, sample_client

# two 40-year-old women: CM16-0162902's CT of the left elbow and HELP functional restoration program, both
# upheld; CM16-0162789's orthopedic consultation (overturned) and functional restoration program (upheld)
client = sample_client("CM16-0162902", "CM16-0162789")

CLAIM = "40 year old lady, elbow CT and the back program - so the CT was approved and the program denied?"


def test_head_noun_of_a_phrase() -> None:
    assert head_noun("back program") == "program"
    assert head_noun("TENS unit") == "unit"
    assert head_noun("MRI") is None  # one word: said again as itself
    assert head_noun("knee brace") is None  # "brace" names a treatment of its own
    assert head_noun("TENS unit", ("TENS unit", "ice unit")) is None  # "the unit" could be either
    assert named_again(CLAIM, "back program", ("CT", "back program")) == [81]
    assert CLAIM[81:88] == "program"


def test_each_claim_goes_with_the_thing_named_after_the_opening() -> None:
    sets = [("ct", "imaging"), ("functional_restoration",)]
    assert claimed(CLAIM) == [(64, "Overturned"), (89, "Upheld")]
    assert by_clause(CLAIM, claimed(CLAIM), ("CT", "back program"), sets) == ["Overturned", "Upheld"]


def test_two_item_claim_of_a_described_patient(client) -> None:
    answer = ask(client, CLAIM)["answer"]
    assert answer.startswith('No: "CT of the left elbow without contrast" was denied (upheld), not approved [1]. '
                             '"HELP functional restoration program, 80 hours" was denied (upheld), as the question '
                             'says [2].')


def test_both_claims_hold(client) -> None:
    answer = ask(client, "40 year old lady, elbow CT and the back program - so both were denied?")["answer"]
    assert answer.startswith("Yes: ")
