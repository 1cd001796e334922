"""A drug named by one of its names (naproxen, Naprosyn, Motrin) selects its own requests, not every
request of its treatment set (the NSAIDs): the `drug` filter, and the counts of collection
questions that name a drug. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# naproxen approved twice and upheld once (beside a PPI); ibuprofen upheld (as "Ibuprofen" and "Motrin")
client = served_client("CM16-0247624", "CM17-0013716", "CM17-0019011", "CM17-0002181", "CM17-0015957")


def test_the_drug_filter_selects_its_requests_by_any_name(client):
    response = client.post("/api/search", json={"query": "anti-inflammatory", "k": 10, "filters": {"drug": "Naprosyn"}})
    assert response.status_code == 200
    assert sorted(h["title"] for h in response.json()["hits"]) == ["Naproxen 500mg #60", "Naproxen 500mg #60",
                                                                   "Naproxen 550mg #60"]


def test_an_unknown_drug_is_a_400_naming_the_filter(client):
    response = client.post("/api/search", json={"query": "pain", "filters": {"drug": "unobtainium"}})
    assert response.status_code == 400
    assert response.json()["error"] == ("filter drug='unobtainium' is not valid: use a drug by its generic or brand "
                                        "name, e.g. naproxen or Celebrex (comma-separated for several)")


def test_a_count_of_one_drug_counts_its_requests_not_the_set(client):
    answer = ask(client, "naproxen at IMR - how often does it get approved vs denied?")
    assert answer["kind"] == "count"
    assert answer["answer"].startswith("Of 3 naproxen items in the index, 1 (33%) was upheld (denied) and 2 (67%) "
                                       "overturned (approved).")


def test_two_drugs_of_one_set_are_compared(client):
    answer = ask(client, "naproxen vs ibuprofen approval rate")
    assert answer["answer"].startswith("The share overturned (approved), by group: naproxen: 2 of 3 (67%); "
                                       "ibuprofen: 0 of 2 (0%).")
    # a drug no letter of the index has gives no share, not "0 of 0 (0%)"
    assert ask(client, "naproxen vs celecoxib approval rate")["answer"].startswith(
        "The share overturned (approved), by group: naproxen: 2 of 3 (67%); celecoxib: none in the index, so no share.")


def test_a_count_naming_both_outcomes_gives_the_reasons_of_each(client):
    text = ask(client, "naproxen at IMR - how often does it get approved vs denied?")["answer"]
    approvals = text.index("The most frequent reasons for the approvals: Functional improvement documented: 1 of 2 "
                           "approvals.")
    denials = text.index("The most frequent reasons for the denials: No documented functional improvement: 1 of 1 "
                         "denial.")
    assert approvals < denials
    # one outcome named, its items from fewer than 3 letters (2 approvals): the other outcome's reasons follow
    text = ask(client, "how often is naproxen approved?")["answer"]
    assert text.index("The most frequent reasons for the approvals:") < text.index(
        "The most frequent reasons for the denials: No documented functional improvement: 1 of 1 denial.")
