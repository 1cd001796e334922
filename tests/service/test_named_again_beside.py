"""A treatment named first by one word and asked about again by another, beside a second treatment,
in the asking part (service.asking._asked): "did she get any of the chiropractic stuff? the
manipulation or the electric stim?" asks of both the manipulation and the e-stim, not the e-stim
alone. Pure rules, no index."""

from __future__ import annotations

from indexer.treatments import find_treatments
from service.asking import _asked
from service.understand import understand


def test_a_kind_named_again_beside_another_is_asked_too() -> None:
    text = "52 yo woman hurt lifting - did she get any of the chiropractic stuff? the manipulation or the electric stim?"
    asking = "the manipulation or the electric stim?"
    assert _asked(text, asking, find_treatments(text), find_treatments) == [
        ("e_stim", "electric stim"), ("chiropractic", "manipulation")]
    assert set(understand(text).treatments) == {"chiropractic", "e_stim"}


def test_a_kind_told_only_before_the_asking_part_is_still_the_story() -> None:
    text = "the MRI showed a tear. Why was the surgery denied?"
    assert [t for t, _w in _asked(text, "Why was the surgery denied?", find_treatments(text), find_treatments)] == [
        "surgery"]
