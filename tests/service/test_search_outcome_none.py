"""A search whose question selects an outcome plainly ("in CM17-0005924, which requests weren't
approved?") that none of the scope has returns the scope's requests, as the answer lists and
corrects them, never nothing (service.qa.search). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import served_client

# a 60-year-old man's neck and right hand MRI (upheld) and his acupuncture (overturned); a 24-year-old
# man's cervical CT (overturned)
client = served_client("CM16-0230548", "CM17-0005924")


def test_no_item_with_the_outcome_selected_returns_the_case_s_requests(client):
    # nat-2540 ("in CM17-0011703, which requests weren't denied?", all upheld) had no hit at all
    response = client.post("/api/search", json={"query": "in CM17-0005924, which requests weren't approved?", "k": 3})
    assert response.status_code == 200
    hits = response.json()["hits"]
    assert [(h["case_number"], h["request"]) for h in hits] == [
        ("CM17-0005924", "Retrospective CT scan of the cervical spine (DOS 11/18/16)")]
    assert response.json()["understood"]["filters"] == {"case_number": "CM17-0005924"}


def test_an_outcome_some_have_still_selects(client):
    response = client.post("/api/search", json={"query": "in CM16-0230548, which requests weren't approved?", "k": 3})
    hits = response.json()["hits"]
    assert [h["request"] for h in hits] == ["MRI of neck and right hand without contrast"]
    assert response.json()["understood"]["filters"] == {"case_number": "CM16-0230548", "decision": "Upheld"}


def test_a_decision_the_client_sets_stands(client):
    response = client.post("/api/search", json={"query": "in CM17-0005924, which requests?", "k": 3,
                                                "filters": {"decision": "Upheld"}})
    assert response.json()["hits"] == []
