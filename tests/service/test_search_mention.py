"""A search asked whether the reviewer mentioned something reads the question as the answer does
(service.mentioned): the rest understood, the topic looked for in the rationale, not taken as the request."""

from __future__ import annotations

from tests.conftest import served_client

# CM16-0219557: 34M, facet joint injections upheld, the rationale names the November 8, 2016 office visit;
# CM16-0231745: 52F, an "Initial exam" request among others
client = served_client("CM16-0219557", "CM16-0231745", "CM16-0239607")


def test_the_mention_is_no_request_in_the_search(client):
    response = client.post("/api/search", json={"query": "our file on the 34 yo man with the facet shots: did the "
                                                         "reviewer look at the November office visit?", "k": 5})
    assert response.status_code == 200, response.text
    assert [(h["case_number"], h["item_index"]) for h in response.json()["hits"]][0] == ("CM16-0219557", 1)
