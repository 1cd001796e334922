"""The search of a pattern leads with the pattern's own requests (its scope), as its answer's hits
do (service.flows.lists.scope_first): "why do evaluation visits get denied - initial exams, PT
evals, chiro evals?" leads with the initial exam, not with "Physical therapy evaluation and
treatment" whose remaining portion IMR decided is 2 sessions of physical therapy. Real letters, the
real model, real HTTP."""

from __future__ import annotations

from tests.conftest import served_client

# CM16-0231745: an initial exam and a physical exam 2x8 (office visits), spinal manipulation,
# electrical stimulation and ultrasound (all
# upheld); CM17-0013754: "Physical therapy evaluation and treatment 3 times a week for 4 weeks (12
# sessions)", 10 authorised, the remaining 2 sessions of physical therapy upheld
client = served_client("CM16-0231745", "CM17-0013754")


def test_the_evaluations_lead(client) -> None:
    response = client.post("/api/search", json={
        "query": "Why do evaluation visits get denied - initial exams, PT evals, chiro evals?", "k": 4})
    assert response.status_code == 200
    assert response.json()["hits"][0]["request"] == "Initial exam"
