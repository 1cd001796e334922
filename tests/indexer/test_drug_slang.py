"""Slang names of a drug class (indexer.treatments_drugs): "the little blue pill", "ED meds" are the
erectile dysfunction drugs (Viagra, sildenafil)."""

from __future__ import annotations

from indexer.treatments import find_treatments


def _sets(text: str) -> list[str]:
    return [name for name, _said in find_treatments(text)]


def test_the_little_blue_pill_is_an_erectile_dysfunction_drug():
    assert find_treatments("did IMR approve his little blue pill too?") == [
        ("ed_drug", "little blue pill"), ("medication", "little blue pill")]
    assert "ed_drug" in _sets("were his ED meds denied?")
    assert "ed_drug" in _sets("Three months coverage of Viagra 50mg")
    assert "ed_drug" not in _sets("a blue pillow for his neck")
