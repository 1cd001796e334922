"""A thing a group's own words name (service.gather.absent_named): "a shower chair" is equipment,
and the letters' equipment items (a sit-stand workstation, a lumbar support) are no shower chair;
a word no letter uses says so. The group by its own name still finds its items, and a drug class
in lay words ("muscle relaxer", though no letter says "relaxer") is the class. Over real letters,
the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a sit-stand workstation (overturned); a TENS unit, lumbar support, pillows and braces (upheld);
# baclofen, the remaining #3 of 30 (upheld)
client = served_client("CM17-0009282", "CM16-0248471", "CM16-0233904")


def _items(answer: dict) -> list[str]:
    return list(dict.fromkeys(c["request"] for c in answer["citations"] if c["item_index"]))


def test_a_shower_chair_is_none_of_the_equipment_items(client) -> None:
    answer = ask(client, "was a shower chair ever approved by IMR for someone who cant stand long after a back injury")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for shower chair.")


def test_the_equipment_asked_by_its_own_name_is_still_found(client) -> None:
    answer = ask(client, "was the sit-stand workstation approved?")
    assert answer["not_found"] == ""
    assert _items(answer)[0] == "Sit-stand workstation"


def test_a_drug_class_in_lay_words_is_the_class(client) -> None:
    answer = ask(client, "Did the 37 year old woman ever get the rest of her muscle relaxer?")
    assert answer["not_found"] == ""
    assert _items(answer)[0].startswith("Baclofen 100mg #30 was the original request.")
