"""Every one of a kind asked ("were all 3 MRIs denied?") is explained, of the patient's letter,
whatever body part the patient's story names (service.flows.chosen, service.understand)."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 33-year-old man who smashed his hand: cervical, lumbar and right-hand MRIs, all upheld
client = served_client("CM16-0234464")


def test_all_three_mris_of_the_patient_whose_story_names_his_hand(client):
    answer = ask(client, "the 33 yo guy who smashed his hand - were all 3 MRIs denied")
    cited = sorted({(c["case_number"], c["item_index"]) for c in answer["citations"]})
    assert cited == [("CM16-0234464", 1), ("CM16-0234464", 2), ("CM16-0234464", 3)]
    # one MRI asked: the hand's, which his story names
    one = ask(client, "the 33 yo guy who smashed his hand - was his MRI denied")
    assert sorted({c["item_index"] for c in one["citations"]}) == [3]


def test_a_yes_or_no_of_all_of_a_kind(client):
    told = ask(client, "the 33 yo guy who smashed his hand - were all 3 MRIs denied")
    assert told["answer"].startswith("Yes: all 3 were denied (upheld) [1][2][3].")
    asked = ask(client, "were all his MRIs approved, the 33 yo man?")
    assert asked["answer"].startswith("No: all 3 were denied (upheld) [1][2][3].")


def test_all_three_said_alone_after_the_things_named(client):
    told = ask(client, "the 33 yo man with the neck, low back and hand MRIs - were all three turned down?")
    assert told["answer"].startswith("Yes: all 3 were denied (upheld) [1][2][3].")
