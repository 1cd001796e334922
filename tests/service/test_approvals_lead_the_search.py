"""An approval-minded pattern ("when does IMR approve acupuncture?", "what makes IMR approve
one?") is answered with what the approved requests had first (service.compose.pattern); the search
leads with those approved requests too (service.flows.lists.approved_first), not with the denials
the words rank first, nor with an approval of another kind of request. Real letters, the real
model, real HTTP."""

from __future__ import annotations

from tests.conftest import served_client

# acupuncture: CM16-0230548 (overturned, beside an upheld MRI), CM17-0010885 (overturned, beside
# overturned PT), CM17-0011703 and CM17-0007857 (upheld remainders of partly authorised requests)
client = served_client("CM16-0230548", "CM17-0010885", "CM17-0011703", "CM17-0007857")

APPROVED = {"Acupuncture 3 times a week for 2 weeks, neck, right hand and head",
            "Initial acupuncture, 1 to 2 times per week for 4 weeks, for the neck"}


def _hits(client, query: str) -> list[dict]:
    response = client.post("/api/search", json={"query": query, "k": 6})
    assert response.status_code == 200
    return response.json()["hits"]


def test_the_approved_acupuncture_leads(client) -> None:
    hits = _hits(client, "when does IMR approve acupuncture?")
    assert {h["request"] for h in hits[:2]} == APPROVED
    assert [h["decision"] for h in hits[:2]] == ["Overturned", "Overturned"]
    assert "Additional physical therapy" not in hits[0]["request"]  # an approval, not of acupuncture


def test_a_why_denied_pattern_keeps_its_order(client) -> None:
    hits = _hits(client, "why does IMR deny acupuncture?")
    assert hits[0]["decision"] == "Upheld"
    assert "cupuncture" in hits[0]["request"]
