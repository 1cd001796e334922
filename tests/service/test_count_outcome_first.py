"""A count question's outcome word ranks the items it counts first in a search (service.qa.search):
"how many chiropractic requests were denied for men?" counted the two denials but its search put
the one overturned chiropractic request first. The outcome word ranks; it does not filter: the
overturned request still follows. Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# chiropractic requests of men: CM17-0015198 (46M, chiro with modalities, upheld), CM17-0004738 (46M, six
# sessions for the low back, overturned), CM16-0232182 (53M, referral to a chiropractor, upheld)
client = served_client("CM17-0015198", "CM17-0004738", "CM16-0232182")


def _searched(client, question: str) -> list[tuple[str, str]]:
    response = client.post("/api/search", json={"query": question, "k": 5})
    assert response.status_code == 200
    return [(h["case_number"], h["decision"]) for h in response.json()["hits"] if h["item_index"] > 0]


def test_the_denials_counted_lead_the_search(client) -> None:
    hits = _searched(client, "how many chiropractic requests were denied for men?")
    assert {h for h in hits[:2]} == {("CM17-0015198", "Upheld"), ("CM16-0232182", "Upheld")}
    assert ("CM17-0004738", "Overturned") in hits[2:]
    answer = ask(client, "how many chiropractic requests were denied for men?")
    assert answer["answer"].startswith("2 upheld chiropractic and manipulation items of men are in the index, of 3 "
                                     "chiropractic and manipulation items of men in all (67%).")


def test_the_approvals_counted_lead_the_search(client) -> None:
    hits = _searched(client, "how many chiropractic requests were approved for men?")
    assert hits[0] == ("CM17-0004738", "Overturned")
    assert {h for h in hits[1:3]} == {("CM17-0015198", "Upheld"), ("CM16-0232182", "Upheld")}
