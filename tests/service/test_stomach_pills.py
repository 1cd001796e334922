"""A stomach or acid pill in lay words is any acid reducer, a proton pump inhibitor or an H2 blocker
(indexer.treatments): "the liquid stomach medicine" of a letter whose request is Deprizine
(ranitidine) is that request, not a treatment the letter lacks (service.lacking)."""

from __future__ import annotations

from datetime import date

from indexer.treatments import find_treatments
from service.lacking import has_asked
from service.scope import asked_sets
from service.understand import understand


def test_lay_stomach_pills_name_both_kinds_of_acid_reducer() -> None:
    assert [t for t, _w in find_treatments("the liquid stomach medicine")] == ["ppi", "h2_blocker", "medication"]
    assert [t for t, _w in find_treatments("an acid reducer")] == ["ppi", "h2_blocker", "medication"]
    # a drug named by name stays its own kind
    assert [t for t, _w in find_treatments("Prilosec")] == ["ppi", "medication"]
    assert [t for t, _w in find_treatments("Deprizine 15mg/ml oral suspension, 250ml")] == ["h2_blocker", "medication"]


def test_the_h2_blocker_of_a_letter_is_the_stomach_medicine_asked() -> None:
    q = understand("what was wrong with the liquid stomach medicine for the 40 year old woman with cumulative trauma?",
                   today=date(2017, 6, 1))
    title = "Deprizine 15mg/ml oral suspension, 250ml"
    items = [(4, title, "Upheld", tuple(t for t, _w in find_treatments(title)), ())]
    assert asked_sets(q) == ("ppi", "h2_blocker")  # the sets the item flow checks a letter's items against
    assert has_asked(q, asked_sets(q), items) is True
