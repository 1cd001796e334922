"""A treatment asked that only one of the look-alikes had decides before a relative word does
(service.patients.by_relative): of the sample's four cashiers (56 and 53 year old men, 41 and 61
year old women), only the 53-year-old man had a wrist brace, so "the older cashier - wrist brace
denied?" is his, not the 61-year-old woman's with none; a treatment all or none of them had
leaves the relative word to pick. End to end with the real model over sample letters."""

from __future__ import annotations

from tests.conftest import ask, sample_client

client = sample_client("CM16-0162825", "CM16-0162871", "CM16-0162887", "CM17-0222256")


def _cases(answer: dict) -> list[str]:
    return list(dict.fromkeys(c["case_number"] for c in answer["citations"] if c["item_index"]))


def test_the_one_cashier_with_a_wrist_brace_is_the_older_one_asked(client) -> None:
    answer = ask(client, "the older cashier - wrist brace denied?")
    assert answer["not_found"] == ""
    assert _cases(answer) == ["CM16-0162871"]
    assert 'In case CM16-0162871, the request for "Right wrist brace" was approved (Overturned' in answer["answer"]


def test_a_treatment_only_one_had_leaves_the_relative_word_moot(client) -> None:
    # the 61-year-old woman's x-ray: the only x-ray, whichever cashier "younger" would have picked
    assert _cases(ask(client, "the younger cashier - was the x-ray denied?")) == ["CM17-0222256"]
