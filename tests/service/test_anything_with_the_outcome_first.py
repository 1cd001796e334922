"""Of one patient's mixed requests, a question over them all ("was anything for him not upheld?",
"was anything approved?") leads with the one that had the outcome asked about, whichever the
description's own words ("his head and right hand contusion") rank first (service.flows.item).
Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import ask, served_client

# a 60-year-old man's neck and right hand MRI (upheld) and his acupuncture (overturned); a 24-year-old
# man's cervical CT (overturned)
client = served_client("CM16-0230548", "CM17-0005924")

WHO = "the 60 yo man with the head and right hand contusion"


@pytest.mark.parametrize(("question", "lead"), [
    (f"was anything for {WHO} not upheld?", "Acupuncture 3 times a week for 2 weeks, neck, right hand and head"),
    (f"was anything for {WHO} approved?", "Acupuncture 3 times a week for 2 weeks, neck, right hand and head"),
    (f"was anything for {WHO} denied?", "MRI of neck and right hand without contrast"),
])
def test_the_item_with_the_outcome_asked_leads(client, question, lead):
    answer = ask(client, question)
    # the yes or no over both names the one with the outcome asked first, then the items are explained in that order
    assert answer["answer"].startswith(f'Yes: in CM16-0230548, "{lead}" was ')
    explained = answer["answer"].split("]. ", 2)[2]
    assert explained.startswith("Approved (Overturned)" if lead.startswith("Acu") else "Denied (Upheld)")
    assert f'the request for "{lead}"' in explained.split("Why:")[0]


@pytest.mark.parametrize(("question", "top"), [
    (f"was anything for {WHO} not upheld?", "Acupuncture 3 times a week for 2 weeks, neck, right hand and head"),
    (f"was anything for {WHO} denied?", "MRI of neck and right hand without contrast"),
])
def test_the_search_leads_with_the_item_the_answer_leads_with(client, question, top):
    response = client.post("/api/search", json={"query": question, "k": 3})
    assert response.status_code == 200
    assert response.json()["hits"][0]["request"] == top


def test_was_nothing_approved_is_a_yes_or_no_over_them_all(client):
    # "was nothing approved for the 60 yo man who got hit on the head at work?" (nat-2762): no, the acupuncture was
    answer = ask(client, "was nothing approved for the 60 yo man who got hit on the head at work?")["answer"]
    assert answer.startswith('No: in CM16-0230548, "MRI of neck and right hand without contrast" was denied (upheld) [1]. '
                             '"Acupuncture 3 times a week for 2 weeks, neck, right hand and head" was approved (overturned) [2].')
