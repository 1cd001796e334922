"""A patient told by a sentence of the story that says one of their requests was decided ("my husband is 63, they
approved the nerve test for his arms. did they approve the MRI too?") is the one whose letter has it
(service.besides); a question that only tells what the patient had ("why denied? she had surgery") asks of no
surgery (service.story). Real letters, the real model, real HTTP."""

from __future__ import annotations

from datetime import date

from indexer.treatments import find_treatments
from service.besides import SetAside, set_aside
from service.story import story_treatments
from service.understand import understand
from tests.conftest import ask, served_client
from tests.service.test_conversation_api import turn


def test_a_decision_told_in_the_story_tells_the_patient() -> None:
    text = "my husband is 63, they approved the nerve test for his arms. did they approve the MRI too?"
    assert set_aside(text) == (text, SetAside(treatments=("nerve_study",), regions=("upper extremity",),
                                              words="the nerve test for his arms", tells=True, outcome="Overturned"))
    # UR's decision told is no decision of IMR's: the outcome stays open
    assert set_aside("UR denied her naproxen; what about the omeprazole?")[1] == SetAside(
        treatments=("nsaid", "medication"), words="her naproxen", tells=True, outcome=None)


def test_a_decision_told_of_what_is_asked_is_no_story() -> None:
    for text in ("UR denied his naproxen, what did IMR decide?", "they denied the PT, why?",
                 "the adjuster denied my MRI and my PT, did IMR approve the PT?",
                 # ... nor one of two decisions claimed
                 "they denied the MRI but approved the needles, right?", "they denied the MRI, but approved the needles?",
                 # ... nor one asked of again, by a pronoun, its own word or a wider word, or named before it
                 "I'm 28, the chiropractor was helping some, but they denied my MRI. Did they deny it because I don't "
                 "have any numbness?",
                 "The insurance turned down the scan of his neck. Did the appeal get him the scan?",
                 "they turned down her naproxen. is that because that pill doesnt work for it?",
                 "UR denied all of the liquid meds, but IMR approved the Celebrex at least, right?"):
        assert set_aside(text) == (text, SetAside()), text


def test_what_the_patient_had_told_beside_a_bare_question_is_the_story() -> None:
    text = "why denied? she had surgery"
    assert story_treatments(text, find_treatments(text)) == ([], [("surgery", "surgery")])
    assert understand(text, date(2026, 12, 1)).treatments == ()
    # ... not when the question itself names it
    text = "she had surgery, why was the surgery denied?"
    assert story_treatments(text, find_treatments(text)) == (find_treatments(text), [])


# two 63-year-old men: CM16-0248034 (EMG/NCS of the arms, overturned: nothing else) and CM17-0006797 (shoulder
# arthroscopy and its associated services, all upheld); CM17-0003890 (eight PT sessions, upheld); CM17-0014288 (a
# 62-year-old woman's shoulder MRI: an MRI some letter has)
client = served_client("CM16-0248034", "CM17-0006797", "CM17-0003890", "CM17-0014288")


def test_the_patient_told_by_the_decided_request_lacks_the_mri(client):
    body = ask(client, "my husband is 63, they approved the nerve test for his arms. did they approve the MRI too?")
    assert body["answer"] == ("The letter of the patient described, case CM16-0248034, has no request for MRI. Its "
                              "letter decided 1 item: 1. \"EMG/NCS of the bilateral upper extremities\": approved "
                              "(overturned).")


def test_a_follow_up_telling_what_she_had_asks_of_the_item_before(client):
    first_q = "CM17-0003890 8 PT visits"
    first = ask(client, first_q)
    body = ask(client, "why denied? she had surgery", history=[turn(first_q, first)])
    assert body["kind"] == "item"
    assert {(c["case_number"], c["item_index"]) for c in body["citations"]} == {("CM17-0003890", 1)}
    assert "has no request for surgery" not in body["answer"]
