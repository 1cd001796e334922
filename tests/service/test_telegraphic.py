"""Questions typed telegraphically, without articles or auxiliaries ("What IMR say about surgery?",
"what happened with therapy after surgery 63 yo man?"): the words before a preposition belong to
the question, not to the treatment named after it (service.gather.unknown_phrase). Over real
letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 63-year-old man's right shoulder arthroscopy and its associated services (all upheld)
client = served_client("CM17-0006797")


def _items(answer: dict) -> list[str]:
    return list(dict.fromkeys(c["request"] for c in answer["citations"] if c["item_index"]))


def test_a_verb_and_its_preposition_name_no_kind_of_treatment(client) -> None:
    answer = ask(client, "I'm 63, tripped at work and tore my rotator cuff. What IMR say about surgery?")
    assert answer["not_found"] == ""
    assert _items(answer)[0] .startswith("Right Shoulder Arthroscopy with rotator cuff repair")
