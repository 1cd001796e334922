"""Which item an answer is about when the question says more than the treatment: the other
treatments of the same letter ("the post-op PT ... when the surgery was turned down"), and a body
part that the named case's item does not have. Real letters, the real model, real Chroma in tmp,
real HTTP through Litestar's TestClient."""

from __future__ import annotations

import pytest

from tests.conftest import ask

# A shoulder arthroscopy with its post-op PT and pre-op clearance (all upheld); another patient's
# shoulder PT; a knee arthroscopy with its pre-op clearance.
CASES = ["CM17-0006797", "CM17-0012517", "CM17-0015957"]


@pytest.fixture(scope="module")
def client(serve_real):
    with serve_real(CASES) as (client, _engine, _service):
        yield client


def test_the_other_treatment_named_picks_the_letter(client):
    answer = ask(client, "Why were the 12 post-op PT sessions approved for the shoulder patient when the surgery "
                         "itself was turned down?")
    assert answer["kind"] == "item"
    # the correction cites the item's heading [1]
    assert answer["answer"].startswith('IMR denied it: the denial of "Associated surgical service: Physical Therapy sessions, 12" '
                                       "was upheld; it was not authorised [1]. Denied (Upheld): ")
    assert {(c["case_number"], c["item_index"]) for c in answer["citations"]} == {("CM17-0006797", 5)}
    assert answer["hits"][0]["case_number"] == "CM17-0006797"


def test_a_treatment_that_only_describes_the_patient_picks_the_letter(client):
    # "the shoulder scope patient": the arthroscopy is the story, the PT is asked about
    answer = ask(client, "Why were the 12 post-op PT sessions approved for the shoulder scope patient when the "
                         "surgery itself was turned down?")
    # the correction cites the item's heading [1]
    assert answer["answer"].startswith('IMR denied it: the denial of "Associated surgical service: Physical Therapy sessions, 12" '
                                       "was upheld; it was not authorised [1]. Denied (Upheld): ")
    assert {(c["case_number"], c["item_index"]) for c in answer["citations"]} == {("CM17-0006797", 5)}


def test_lay_words_for_the_arthroscopy_and_its_assistant(client):
    scope = ask(client, "Why was the shoulder scope denied in case CM17-0006797?")
    assert scope["kind"] == "item"
    assert (scope["citations"][0]["case_number"], scope["citations"][0]["item_index"]) == ("CM17-0006797", 1)
    # the PA for the surgery is an assistant surgeon, which this letter never requested
    pa = ask(client, "Was the PA for the shoulder surgery approved in CM17-0006797?")
    assert (pa["kind"], pa["not_found"]) == ("not_found", "case_lacks")
    assert pa["answer"].startswith("Case CM17-0006797 has no request for PA for the shoulder surgery. Its letter "
                                   "decided 5 items: 1. \"Right Shoulder Arthroscopy")
    # a body part the treatment's own words name is said once
    knee = ask(client, "Why was the knee scope denied in case CM17-0006797?")
    assert (knee["kind"], knee["not_found"]) == ("not_found", "case_lacks")
    assert knee["answer"].startswith("Case CM17-0006797 has no request for knee scope. Its letter decided 5 items")


def test_a_body_part_the_case_lacks(client):
    answer = ask(client, "Why was the knee arthroscopy denied in case CM17-0006797?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    assert answer["answer"].startswith("Case CM17-0006797 has no request for knee arthroscopy. Its letter decided "
                                       "5 items: 1. \"Right Shoulder Arthroscopy")
    same = ask(client, "Why was the shoulder arthroscopy denied in case CM17-0006797?")
    assert same["kind"] == "item"
    assert same["citations"][0]["case_number"] == "CM17-0006797"


def test_a_search_leads_with_the_item_an_answer_explains(client):
    question = "Why were the 12 post-op PT sessions approved for the shoulder patient when the surgery itself was turned down?"
    response = client.post("/api/search", json={"query": question, "k": 5})
    assert response.status_code == 200, response.text
    hits = response.json()["hits"]
    assert (hits[0]["case_number"], hits[0]["item_index"]) == ("CM17-0006797", 5)
    assert len(hits) == 5


def test_an_outcome_the_question_selects_that_no_item_has_is_corrected_not_a_filter(client):
    answer = ask(client, "Which of the knee arthroscopies for the 60-year-old man weren't denied?")
    assert answer["kind"] == "item"
    assert answer["answer"].startswith('IMR denied it: the denial of "Arthroscopy of the left knee" was upheld; '
                                       "it was not authorised [1]. Denied (Upheld): ")
    assert answer["citations"][0]["case_number"] == "CM17-0015957"


def test_a_wrong_premise_about_several_items_is_corrected_once(client):
    answer = ask(client, "Why were the associated surgical services approved in case CM17-0006797?")
    assert answer["kind"] == "item"
    # ... each item cited by its heading
    assert answer["lead"].startswith('IMR denied them: "Associated surgical service: Physical Therapy sessions, 12" [1], '
                                     '"Associated surgical service: Shoulder Brace" [2] and "Associated surgical service: '
                                     'Cryotherapy unit, seven day use" [3] were denied (upheld: not authorised). '
                                     "Denied (Upheld): ")
    assert answer["answer"].count("IMR denied") == 1
    items = {c["item_index"] for c in answer["citations"] if c["case_number"] == "CM17-0006797"}
    assert {3, 4, 5} <= items  # the three associated surgical services, each explained


def test_the_patient_described_lacks_the_treatment_asked_about(client):
    # the 63-year-old man (CM17-0006797) had shoulder surgery; the knee arthroscopy is a 60-year-old's
    answer = ask(client, "Why was the knee surgery for the 63-year-old man denied?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    assert answer["answer"].startswith("The letter of the patient described, case CM17-0006797, has no request for "
                                       "knee surgery. Its letter decided 5 items: 1. \"Right Shoulder Arthroscopy")
    same = ask(client, "Why was the shoulder surgery for the 63-year-old man denied?")
    assert same["kind"] == "item" and same["citations"][0]["case_number"] == "CM17-0006797"


def test_a_treatment_the_index_has_only_for_other_body_parts_is_not_found(client):
    # the only brace of these letters is the shoulder surgery's
    answer = ask(client, "Why was the knee brace denied?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "no_treatment")
    assert answer["answer"].startswith("No knee brace, splint and support request is in the index; 1 brace, "
                                       "splint and support request for other body regions is.")
    # a post-operative service names no body part: it is the surgery's, and no correction is due
    cold = ask(client, "Why wasn't the cold therapy unit after the shoulder surgery approved?")
    assert cold["kind"] == "item" and cold["answer"].startswith("Denied (Upheld): ")
    assert (cold["citations"][0]["case_number"], cold["citations"][0]["item_index"]) == ("CM17-0006797", 4)
