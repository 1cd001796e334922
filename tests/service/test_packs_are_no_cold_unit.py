"""A heating pad, an ice pack or a heat wrap is not a cold therapy unit (ODG's cold/heat packs are their own section,
apart from continuous-flow cryotherapy; indexer.treatments_equipment's hot_cold_packs): asked about, no letter has
one, and a cryotherapy unit or another letter's approved equipment is no answer. Real letters, the real model, real
HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 63-year-old man's shoulder surgery with its cryotherapy unit (upheld), a sit-stand workstation (overturned)
client = served_client("CM17-0006797", "CM17-0009282")


def test_a_heating_pad_asked_is_found_nowhere(client) -> None:
    answer = ask(client, "heating pad after shoulder surgery - anyone get one approved?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for heating pad.")


def test_the_cold_therapy_unit_is_still_the_ice_machine(client) -> None:
    answer = ask(client, "the ice machine for the 63 yo shoulder guy?")
    assert {(c["case_number"], c["request"]) for c in answer["citations"]} == {
        ("CM17-0006797", "Associated surgical service: Cryotherapy unit, seven day use")}
