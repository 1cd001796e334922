"""A mass of things quantified ("none of the 37 yo womans equipment got thru right?") is asked of every one of them
(service.flows.chosen._plural)."""

from __future__ import annotations

from service.flows.chosen import _plural
from service.understand import understand


def test_a_mass_of_things_quantified_is_asked_of_every_one() -> None:
    # "none of the 37 yo womans equipment got thru right?": her six pieces of equipment, not her two pillows
    assert _plural(understand("none of the 37 yo womans equipment got thru right?")) is True
    assert _plural(understand("was the 37 yo woman's equipment approved?")) is False
    assert _plural(understand("were her braces approved?")) is True
