"""A why question, then "what about" one more thing: "why was the PT after the surgery denied? what about the
brace?" asks of both, of the one letter holding both (service.asking.asking_span, service.all_named.top_holding_all)."""

from __future__ import annotations

import service.all_named as all_named
from service.asking import asking_span
from service.types import GuidelineRef, Hit
from service.understand import understand

TEXT = "why was the PT after the surgery denied? what about the brace?"


def test_the_why_before_what_about_is_asked_too() -> None:
    assert asking_span(TEXT) == (0, len(TEXT))
    assert understand(TEXT).treatment_words == ("PT", "brace")


def _hit(case: str, index: int, treatments: tuple[str, ...]) -> Hit:
    return Hit(case_number=case, request="r", decision="Upheld", section="item", text="t", score=1.0, pages=(1,),
               guideline=GuidelineRef(), chunk_id=f"{case}-{index}", span=(0, 1), item_index=index, treatments=treatments)


def test_the_letter_holding_both(monkeypatch) -> None:
    rows = {"A": [(1, "PT", "Upheld", ("physical_therapy",), ())],
            "B": [(1, "Brace", "Upheld", ("brace", "dme"), ()), (2, "PT", "Upheld", ("physical_therapy",), ())]}
    monkeypatch.setattr(all_named, "case_items", lambda _engine, case: rows[case])
    query = understand(TEXT)
    hits = [_hit("A", 1, ("physical_therapy",)), _hit("B", 1, ("brace", "dme"))]
    assert all_named.top_holding_all(None, query, hits) == "B"
    # ... none when the first letter's hits hold both already
    assert all_named.top_holding_all(None, query, [_hit("B", 1, ("brace",)), _hit("B", 2, ("physical_therapy",))]) is None


class _Catalog:
    def query(self, _sql: str, *_params):
        return [("A", "physical_therapy"), ("B", "brace"), ("B", "dme"), ("B", "physical_therapy"), ("C", "brace")]


def test_every_letter_holding_both() -> None:
    from types import SimpleNamespace

    engine = SimpleNamespace(store=SimpleNamespace(catalog=_Catalog()))
    assert all_named.holding_all_named(engine, understand(TEXT)) == ["B"]
    assert all_named.holding_all_named(engine, understand("why was the brace denied?")) == []


def test_a_body_part_said_keeps_its_own_rule() -> None:
    from types import SimpleNamespace

    engine = SimpleNamespace(store=SimpleNamespace(catalog=_Catalog()))
    query = understand("Hip MRI where the hip x-rays were unremarkable: upheld because?")
    assert all_named.holding_all_named(engine, query) == []
    assert all_named.top_holding_all(engine, query, [_hit("A", 1, ("mri",))]) is None
