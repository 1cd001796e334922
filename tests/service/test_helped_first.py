""""did IMR help her at all?" of a patient described: that worker's approvals lead the search's hits
(service.flows.helped_first), as the answer's yes leads with them."""

from __future__ import annotations

from tests.conftest import served_client

# one worker reviewed twice (50F, assaulted, injured October 18, 2016): CM17-0006045 neck PT upheld;
# CM17-0010885 acupuncture and additional PT overturned
client = served_client("CM17-0006045", "CM17-0010885", "CM16-0230548")


def _top(client, question: str) -> list[tuple[str, str]]:
    response = client.post("/api/search", json={"query": question, "k": 5})
    assert response.status_code == 200, response.text
    return [(h["case_number"], h["decision"]) for h in response.json()["hits"] if h["item_index"] > 0]


def test_the_workers_approvals_lead_when_asked_whether_imr_helped_at_all(client):
    assert _top(client, "my mom is 50 and got punched in the face at work. did IMR help her at all?")[:3] == [
        ("CM17-0010885", "Overturned"), ("CM17-0010885", "Overturned"), ("CM17-0006045", "Upheld")]
