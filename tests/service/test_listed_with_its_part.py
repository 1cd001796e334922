"""A kind word (surgery, meds) listed among the things asked with a body part before it ("his shoulder surgery, his
brace, his ice machine and his PT") is asked too, as "the surgery, the brace ..." is (service.scope._listed); a
word of its own before it that names no body part ("the liquid meds") or a story word ("after his shoulder
surgery") keeps it the patient's story."""

from __future__ import annotations

from service.scope import asked_sets
from service.understand import understand


def test_a_surgery_listed_with_its_body_part_is_asked() -> None:
    q = understand("was his shoulder surgery, his brace, his ice machine and his PT all denied? 63 yo man")
    assert asked_sets(q) == ("brace", "cold_therapy", "physical_therapy", "surgery")
    # ... not told as the story
    told = understand("was the PT after his shoulder surgery and the brace denied?")
    assert "surgery" not in asked_sets(told)
