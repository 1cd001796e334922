"""A request told as decided with "had ... denied" / "got ... approved" tells who the patient is
(service.described_with.told_decided): "the 37 year old woman had a bunch of equipment denied - was anything
approved?" is the 37-year-old woman whose letter decided equipment, not another 37-year-old woman's MRIs."""

from __future__ import annotations

from service.described_with import told_decided
from tests.conftest import ask, served_client

EQUIPMENT = [("dme", "equipment")]


def test_had_a_request_denied_is_told_as_decided() -> None:
    text = "the 37 year old woman had a bunch of equipment denied - was anything approved?"
    assert told_decided(text, EQUIPMENT, text.index(" - ")) == [("dme", "equipment")]
    assert told_decided("she got her PT approved, what about the chiro?", [("physical_therapy", "PT")], 30) == [
        ("physical_therapy", "PT")]
    # ... not a request asked about ("was the equipment denied?"), nor one with no decision told
    assert told_decided("had the equipment been denied?", EQUIPMENT, 30) == []
    assert told_decided("the 37 year old woman had a bunch of equipment - was anything approved?", EQUIPMENT, 50) == []


client = served_client("CM16-0248471", "CM17-0016204", "CM16-0245128", "CM16-0233904")


def test_the_woman_told_with_denied_equipment_is_the_one_whose_letter_has_it(client) -> None:
    answer = ask(client, "the 37 year old woman had a bunch of equipment denied - was anything approved?")
    assert answer["answer"].startswith("No: in CM16-0248471, all 6 requests were denied (upheld)")
