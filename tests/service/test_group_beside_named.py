"""A group named by its own word beside a thing of a narrower kind ("the 40 yo woman's celebrex and the liquid meds -
what did IMR decide on each?"): the group's requests of her letter are asked too, not only the celecoxib
(service.flows.chosen)."""

from __future__ import annotations

from service.flows.chosen import _groups_said_alone
from service.understand import understand


def test_a_group_said_by_its_own_word_is_asked_beside_the_narrower_thing() -> None:
    q = understand("the 40 yo womans celebrex and the liquid meds - what did IMR decide on each?")
    assert q.treatment_words == ("celebrex", "meds")
    assert _groups_said_alone(q.treatment_words) == {"medication"}
    # ... a drug names its class, not the group alone; nor does a word of no kind
    assert _groups_said_alone(("celebrex", "lumbar MRI")) == set()
    assert _groups_said_alone(("the equipment",)) == {"dme"}


def test_a_mass_of_things_quantified_is_asked_of_every_one() -> None:
    from service.flows.chosen import _plural

    # "none of the 37 yo womans equipment got thru right?": her six pieces of equipment, not her two pillows
    assert _plural(understand("none of the 37 yo womans equipment got thru right?")) is True
    assert _plural(understand("was the 37 yo woman's equipment approved?")) is False
    assert _plural(understand("were her braces approved?")) is True
