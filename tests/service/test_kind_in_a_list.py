"""A kind named by its umbrella word ("the surgery") in a list with other things asked is asked too
(service.scope._listed); told as the story before the list ("after his surgery, ...") it is not."""

from __future__ import annotations

from service.scope import asked_sets
from service.understand import understand


def test_the_surgery_listed_with_the_sling_and_the_cold_therapy_is_asked() -> None:
    q = understand("the 63 yo man with the shoulder, what happened to the surgery, the sling and the cold therapy?")
    assert asked_sets(q) == ("brace", "cold_therapy", "surgery")
    assert asked_sets(understand("was the surgery or the PT approved for the 55 yo man?")) == ("physical_therapy", "surgery")
    assert asked_sets(understand("what happened to the sling and the surgery?")) == ("brace", "surgery")


def test_the_surgery_told_before_the_things_asked_is_the_story() -> None:
    assert asked_sets(understand("after his surgery, the sling and the ice machine were denied, why?")) == ("brace", "cold_therapy")
    assert asked_sets(understand("he had surgery and the PT was denied, why?")) == ("physical_therapy",)
    assert asked_sets(understand("since the surgery, and the PT was denied, what now?")) == ("physical_therapy",)


def test_one_more_in_the_list_of_the_first_named_is_asked_with_a_word_of_its_own_between() -> None:
    # "the chiro exam and e-stim": the e-stim was read as the woman's story, only her chiro answered
    q = understand("the 52 yo woman with the chiro exam and e-stim - what happened?")
    assert (asked_sets(q), q.story_treatments) == (("chiropractic", "e_stim"), ())
    q = understand("the man with the shoulder surgery and the sling - why was the sling denied?")
    assert asked_sets(q) == ("brace",)
