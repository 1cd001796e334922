"""The letter a description fits clearly keeps its place in a search whose reason clause draws other letters'
rationales (service.flows.one_described)."""

from __future__ import annotations

from tests.conftest import served_client

# CM16-0239607: 34M, cervical MRI upheld (conservative care not shown failed); CM16-0234464: 33M, six items
# (positional MRIs, diclofenac, cyclobenzaprine, lidocaine) upheld
client = served_client("CM16-0239607", "CM16-0234464", "CM16-0219557")


def test_his_letter_leads_though_the_reason_clause_matches_others(client):
    response = client.post("/api/search", json={"query": "the 34 yo guy whose neck MRI got turned down - that was "
                                                         "because he didn't do PT first, right?", "k": 5})
    assert response.status_code == 200, response.text
    assert [(h["case_number"], h["item_index"]) for h in response.json()["hits"]][0] == ("CM16-0239607", 1)
