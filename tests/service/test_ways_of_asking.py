"""Other ways of asking why: "any idea why", "on what grounds". The words before a question word
belong to the question, not to the treatment after it (service.gather.unknown_phrase: no "idea why
therapy" is looked for). Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 25-year-old woman's eight physical therapy sessions (upheld)
client = served_client("CM17-0003890")


def test_any_idea_why_asks_why(client) -> None:
    answer = ask(client, "Any idea why therapy for the 25-year-old woman was turned down?")
    assert answer["not_found"] == ""
    assert [c["request"] for c in answer["citations"] if c["item_index"]][0] == "Eight (8) physical therapy sessions"
