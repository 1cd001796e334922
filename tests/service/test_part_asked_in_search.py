"""The body part a yes/no asks of a request told before it ranks nothing out of a search either ("the 62 yo woman's
MRI, was that for her hip?" of her shoulder MRI: her MRI first, not another woman's hip MRI; service.qa.search,
service.part_asked), as the answer reads it. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import served_client

# CM17-0014288: a 62-year-old woman's right shoulder MRI (upheld); CM16-0248655: a 61-year-old woman's right hip MRI
client = served_client("CM17-0014288", "CM16-0248655")


def test_the_part_asked_of_her_mri_is_no_filter(client) -> None:
    response = client.post("/api/search", json={"query": "the 62 yo woman's MRI, was that for her hip?", "k": 2})
    assert response.status_code == 200, response.text
    hits = response.json()["hits"]
    assert (hits[0]["case_number"], hits[0]["request"]) == ("CM17-0014288", "MRI of the right shoulder without contrast")


def test_a_part_told_as_where_to_look_still_ranks(client) -> None:
    response = client.post("/api/search", json={"query": "the 62 yo woman's hip MRI", "k": 2})
    assert response.status_code == 200, response.text
    assert response.json()["hits"][0]["case_number"] == "CM16-0248655"
