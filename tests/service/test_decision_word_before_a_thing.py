"""A decision word before a treatment no letter has is the asking's, not a kind of it
(service.gather.unknown_phrase): "does IMR ever approve IV infusions for chronic pain?" (nat-2971)
said "No letter in the index decides a request for approve IV infusions."; the phrase said back is
the thing asked. Over a real tune letter, the real model and real HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import ask, served_client

client = served_client("CM17-0011703")


@pytest.mark.parametrize(("question", "said"), [
    ("does IMR ever approve IV infusions for chronic pain?", "IV infusions"),
    ("was the denied ketamine infusion ever overturned?", "ketamine infusion"),
    ("has anyone gotten approved stem cell injections?", "stem cell injections"),
])
def test_the_thing_said_back_leaves_the_decision_word_out(client, question: str, said: str) -> None:
    answer = ask(client, question)
    assert answer["answer"].startswith(f"No letter in the index decides a request for {said}. ")
    assert answer["citations"] == []
