"""A drug's kind named by the drug ("Celebrex-type pills", service.gather.unknown_phrase): the drug's
own name, which the letters know by its generic name, so no "not found"; a kind of a word no letter
uses is still not found. Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 40-year-old woman's celecoxib and four oral suspensions (all upheld)
client = served_client("CM17-0013625")


def _items(answer: dict) -> list[str]:
    return list(dict.fromkeys(c["request"] for c in answer["citations"] if c["item_index"]))


def test_celebrex_type_pills_are_the_celecoxib(client) -> None:
    answer = ask(client, "Celebrex-type pills - does IMR usually approve them?")
    assert answer["not_found"] == ""
    assert _items(answer)[0] == "Celecoxib 200mg #90"


def test_a_kind_of_a_word_no_letter_uses_is_not_found(client) -> None:
    answer = ask(client, "ketamine-type infusions - approved?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for ketamine-type infusions.")
