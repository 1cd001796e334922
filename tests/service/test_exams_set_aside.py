""""anything besides the exams denied?" sets aside the letter's examinations ("Initial exam",
"Physical exam 2 times 8"), which no treatment word names bare; "the MRI exam" stays an MRI
(service.besides). The search and the answer then lead with the other requests."""

from __future__ import annotations

from service.besides import SetAside, set_aside
from tests.conftest import ask, served_client

# a 52-year-old woman hurt lifting: physical exam 2x8, spinal manipulation, electrical stimulation,
# ultrasound (1x8 each) and an initial exam, all upheld
client = served_client("CM16-0231745")

QUESTION = "the 52 yo lifting woman - anything besides the exams denied?"


def test_the_exams_said_bare_are_set_aside() -> None:
    text, aside = set_aside(QUESTION)
    assert text == "the 52 yo lifting woman - anything" + " " * 19 + "denied?"
    assert aside == SetAside(("office_visit",), (), "the exams")
    assert set_aside("besides the MRI exam, anything denied?")[1].treatments == ("mri", "imaging")


def test_the_other_requests_lead(client) -> None:
    response = client.post("/api/search", json={"query": QUESTION, "k": 5})
    assert response.status_code == 200
    assert {h["request"] for h in response.json()["hits"][:3]} == {
        "Spinal manipulation 1 times 8", "Electrical stimulation 1 times 8", "Ultrasound 1 times 8"}
    answer = ask(client, QUESTION)
    # ("- anything ... denied?" asks: its yes first, service.outcomes.ANYTHING_BARE)
    assert answer["answer"].startswith("Yes: in CM16-0231745, besides the exams, all 3 requests were denied (upheld).")
    assert "Initial exam" not in [c["request"] for c in answer["citations"]]
