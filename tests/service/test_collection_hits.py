"""A collection answer's sources are the items it cites: "which letters had nothing denied?" lists
the letters' items first, not what the question's words retrieve. Real letters, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# one letter whose naproxen was approved (its only item); one whose naproxen and pantoprazole were
# denied; one whose thoracic and cervical MRIs were denied
client = served_client("CM17-0019011", "CM17-0013716", "CM17-0016204")


def test_the_letters_listed_lead_the_hits(client):
    answer = ask(client, "Which letters had nothing denied at all?")
    assert answer["answer"].startswith("1 letter has every item overturned.")
    assert [c["case_number"] for c in answer["citations"]] == ["CM17-0019011"]
    assert (answer["hits"][0]["case_number"], answer["hits"][0]["item_index"]) == ("CM17-0019011", 1)
