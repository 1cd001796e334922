"""A class named with examples of it (service.scope.asked_sets): "muscle relaxants like baclofen"
asks about muscle relaxants, the baclofen an example; baclofen alone asks about baclofen."""

from __future__ import annotations

from service.scope import asked_sets
from service.understand import understand


def test_examples_after_a_class_ask_about_the_class() -> None:
    assert asked_sets(understand("does IMR approve muscle relaxants like baclofen?")) == ("muscle_relaxant",)
    assert asked_sets(understand("muscle relaxers such as Flexeril or baclofen - ever approved?")) == ("muscle_relaxant",)
    # a form as the class: medications in that form (service.scope.where keeps the form)
    assert asked_sets(understand("What would a reviewer need to see before approving compounded oral suspensions "
                                 "like Fanatrex or Tabradol?")) == ("medication",)


def test_a_drug_alone_or_a_verbs_like_asks_about_the_drug() -> None:
    assert asked_sets(understand("does IMR approve baclofen?")) == ("baclofen",)
    assert asked_sets(understand("I feel like the baclofen should have been approved")) == ("baclofen",)
