"""The search ranks the look-alike a relative word picks first, as the answer explains it
(service.patients.by_relative in service.qa.search as in the item flow): of the two women in
their late 20s whose lumbar MRI was upheld, CM16-0246635 (28) is the younger, CM17-0005246 (29)
the older (nat-2160, whose search ranked the 29-year-old's MRI first while the answer explained
the 28-year-old's). End to end with the real model over real letters."""

from __future__ import annotations

from tests.conftest import ask, served_client

client = served_client("CM16-0246635", "CM17-0005246")


def _search(client, query: str) -> list[tuple[str, int]]:
    response = client.post("/api/search", json={"query": query, "k": 5})
    assert response.status_code == 200, response.text
    return [(h["case_number"], h["item_index"]) for h in response.json()["hits"]]


def test_the_younger_one_leads_the_search_and_the_answer(client) -> None:
    question = "the younger of the two women in their late 20s whose lumbar MRI was denied - why?"
    assert _search(client, question)[0] == ("CM16-0246635", 1)
    assert ask(client, question)["citations"][0]["case_number"] == "CM16-0246635"


def test_the_older_one_leads_it_too_when_asked(client) -> None:
    assert _search(client, "the older of the two women in their late 20s whose lumbar MRI was denied - why?")[0] == (
        "CM17-0005246", 1)
