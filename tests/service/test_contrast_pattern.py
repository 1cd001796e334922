"""A kind of request asked about with both outcomes set against each other ("what made the
approval different from the denials?", "why are some approved and others denied?") is a pattern
of both: what the approved ones had, then what the denied ones lacked, whichever outcome the
question names first. Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "kind"), [
    ("PT for the neck at IMR - what made the approval different from the denials?", "pattern"),
    ("neck PT: why are some approved and others denied?", "pattern"),
    ("why was one naproxen approved and another denied", "pattern"),
    ("why was naproxen approved for one person and denied for another?", "pattern"),
    ("what's the difference between the two naproxen decisions?", "pattern"),
    ("what separates approved neck PT requests from denied ones?", "pattern"),
    # the other outcome by its negation
    ("naproxen at IMR - why did some workers get it approved and others not?", "pattern"),
    ("why were some acupuncture requests denied and others weren't?", "pattern"),
    # what one outcome's requests had that the other's lack
    ("what do approved MRIs have that denied ones don't?", "pattern"),
    ("what did the approved PT requests show that the denied ones lacked?", "pattern"),
    # one patient's items set against each other are that patient's
    ("why was the 50 year old woman's neck PT approved but the acupuncture denied?", "item"),
])
def test_a_contrast_of_outcomes_is_a_pattern(question, kind):
    assert understand(question).kind == kind


# neck PT: approved in CM17-0010885, upheld in CM17-0006045 and CM17-0010362
client = served_client("CM17-0010885", "CM17-0006045", "CM17-0010362")


def test_both_outcomes_reasons_the_approved_first(client):
    for question in ("what separates denied neck PT requests from approved ones?",
                     "PT for the neck at IMR - what made the approval different from the denials?"):
        text = ask(client, question)["answer"]
        assert text.startswith("Of 3 cervical physical therapy requests in the index, 2 were denied (upheld) and 1 "
                               "approved (overturned). What the 1 approved one had: ")
        assert text.index("What the 1 approved one had: ") < text.index("What the 2 denied ones lacked: ")


def test_a_condition_of_the_decision_is_a_pattern_in_its_context():
    q = understand("when the surgery itself is denied at IMR, what happens to the post-op brace, the ice machine and "
                   "the therapy after surgery?")
    assert (q.kind, q.story_treatments) == ("pattern", ("surgery",))
    assert "surgery" not in q.treatments
    # a date asked is no condition
    assert understand("when was the surgery denied?").kind == "item"


# a shoulder surgery upheld with its brace, cold unit and post-op PT (CM17-0006797); neck PT with no surgery
surgery = served_client("CM17-0006797", "CM17-0010885")


def test_the_add_ons_of_denied_surgeries(surgery):
    text = ask(surgery, "when the surgery itself is denied at IMR, what happens to the post-op brace, the ice machine "
                        "and the therapy after surgery?")["answer"]
    assert text.startswith("Of 3 brace, splint and support / cold/heat therapy unit / physical therapy requests (in "
                           "letters that also decide surgery) in the index, 3 were denied (upheld) and 0 approved "
                           "(overturned). Primary request not approved: 3 of 3 denials.")


def test_search_leads_with_the_add_ons_of_the_context(surgery):
    response = surgery.post("/api/search", json={"query": "when the surgery is denied, what happens to the PT?", "k": 3})
    assert response.status_code == 200
    first = response.json()["hits"][0]
    assert (first["case_number"], first["title"]) == ("CM17-0006797", "Associated surgical service: Physical Therapy sessions, 12")


def test_what_goes_with_a_surgery_is_its_context():
    # "the physical therapy that goes with a surgery" (nat-2725): the surgery's add-on, not a drug the patient was on
    q = understand("what's the usual reason they deny the physical therapy that goes with a surgery?")
    assert (q.kind, q.treatments, q.story_treatments) == ("pattern", ("physical_therapy",), ("surgery",))
    # ... and what a drug goes with stays what the patient was on
    drug = understand("why won't they give me the stomach pill that goes with my naproxen?")
    assert "naproxen" not in drug.treatments and drug.story_treatments == ()


def test_the_therapy_that_goes_with_a_surgery(surgery):
    text = ask(surgery, "what's the usual reason they deny the physical therapy that goes with a surgery?")["answer"]
    assert text.startswith("Of 1 physical therapy request (in letters that also decide surgery) in the index, 1 was "
                           "denied (upheld) and 0 approved (overturned). Primary request not approved: 1 of 1 denial.")
