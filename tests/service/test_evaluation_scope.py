"""Evaluations and exams of a kind of care asked about as such ("initial exams, PT evals, chiro
evals") are those requests only, not every request of the kind: the scope narrows by the request's
title. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# an initial exam beside "Physical exam 2 times 8" (PT); a PT evaluation beside 6 PT sessions; a
# chiropractic evaluation beside 12 chiropractic visits
client = served_client("CM16-0231745", "CM16-0247274", "CM17-0010006")


def test_evaluations_asked_as_such_are_those_requests(client):
    answer = ask(client, "Why do evaluation visits get denied - initial exams, PT evals, chiro evals?")
    assert answer["kind"] == "pattern"
    assert answer["answer"].startswith("Of 3 office visit and follow-up examination / physical therapy / chiropractic "
                                       "and manipulation requests (evaluations and exams) in the index, 3 were denied "
                                       "(upheld) and 0 approved (overturned).")


def test_the_kind_alone_is_every_request_of_it(client):
    answer = ask(client, "Why does chiropractic get denied?")
    assert answer["answer"].startswith("Of 4 chiropractic and manipulation requests in the index, 4 were denied (upheld)")


def _first(answer: dict) -> tuple[str, int]:
    return answer["hits"][0]["case_number"], answer["hits"][0]["item_index"]


def test_the_care_asked_without_an_evaluation_word_is_the_care_itself(client):
    # item 5 is the "Physical therapy evaluation, cervical and thoracic spine", item 6 the 6 sessions
    answer = ask(client, "What did IMR decide on the physical therapy, cervical and thoracic spine in case CM16-0247274?")
    assert _first(answer) == ("CM16-0247274", 6)
    assert answer["citations"][0]["item_index"] == 6
    found = client.post("/api/search", json={"query": "What did IMR decide on the physical therapy, cervical and "
                                                      "thoracic spine in case CM16-0247274?"}).json()
    assert (found["hits"][0]["case_number"], found["hits"][0]["item_index"]) == ("CM16-0247274", 6)
    # the 12 chiropractic visits for the hip and knee, not the chiropractic evaluation (item 2)
    answer = ask(client, "What happened with the back adjustments for the left hip and left knee request in case CM17-0010006?")
    assert _first(answer) == ("CM17-0010006", 4)


def test_the_evaluation_asked_by_its_name_comes_first(client):
    assert _first(ask(client, "why was the PT eval denied in CM16-0247274?")) == ("CM16-0247274", 5)
    assert _first(ask(client, "why was the chiro evaluation denied in CM17-0010006")) == ("CM17-0010006", 2)
