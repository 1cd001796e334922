""""What did the reviewer say about the 40 yo woman's liquid meds?": two letters are of a 40-year-old
woman, and only one has liquid meds (four compounded oral suspensions). Every one of the four is
named with its decision (service.flows.fitting.one_letter_group), not the three an item answer
explains. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 40-year-old woman with celecoxib and four oral suspensions (all upheld); another 40-year-old
# woman with tramadol (upheld)
client = served_client("CM17-0013625", "CM17-0017734")


def test_every_liquid_med_of_her_letter_is_named(client) -> None:
    answer = ask(client, "what did the reviewer say about the 40 yo woman's liquid meds?")["answer"]
    assert answer.startswith("In CM17-0013625, all 4 requests for medications (oral liquid forms) were denied (upheld).")
    for drug in ("Fanatrex", "Dicopanol", "Deprizine", "Tabradol"):
        assert f'CM17-0013625: "{drug}' in answer
