"""A search over letters by a fact of their own (service.flows.letters_led): the decision month, the days
UR's denial waited, how the worker was hurt; the items the answer lists lead the hits."""

from __future__ import annotations

from service.collection.shape import CollectionQuery
from service.flows.letters_led import by_letter_fact
from tests.conftest import ask, served_client

# decided 12/19/2016 and 12/21/2016; 01/20/2017 (UR denial 11/08/2016: 73 days) and 02/17/2017 (UR denial
# 12/20/2016: 59 days); CM16-0231745's mechanism of injury is lifting
client = served_client("CM16-0219557", "CM16-0221706", "CM16-0234464", "CM17-0013754", "CM16-0231745")


def _top(client, question: str) -> list[str]:
    response = client.post("/api/search", json={"query": question, "k": 5})
    assert response.status_code == 200, response.text
    return [h["case_number"] for h in response.json()["hits"]]


def test_a_letter_date_or_days_waited_picks_letters_by_their_own_facts():
    assert by_letter_fact(CollectionQuery(shape="count", unit="items", where={"date_from": "2016-12-01"}))
    assert by_letter_fact(CollectionQuery(shape="mean", unit="letters", measure="days", over=70))
    assert not by_letter_fact(CollectionQuery(shape="mean", unit="letters", measure="days"))
    assert not by_letter_fact(CollectionQuery(shape="count", unit="items", where={"treatment": "mri"}))


def test_the_letters_decided_in_a_month_lead_the_search(client):
    assert sorted(_top(client, "which IMR decisions came out in December 2016, and what were they on?")[:2]) == [
        "CM16-0219557", "CM16-0221706"]


def test_the_letters_that_waited_lead_the_search(client):
    top = _top(client, "which cases waited more than 10 weeks between the UR denial and the IMR decision?")
    assert top[0] == "CM16-0234464"
    # one letter listed over the days asked is a listing, not one letter's mean (it once raised ValueError)
    got = ask(client, "which cases waited more than 10 weeks between the UR denial and the IMR decision?")
    assert "CM16-0234464" in got["answer"] and "CM17-0013754" not in got["answer"]


def test_the_letters_of_workers_hurt_so_lead_the_search(client):
    assert _top(client, "people who got hurt lifting something at work - what did they ask IMR for?")[0] == "CM16-0231745"
