"""One more thing in the list of the first thing a patient is described with is asked too, with a word of its own
between ("the chiro exam and e-stim", service.story)."""

from __future__ import annotations

from service.scope import asked_sets
from service.understand import understand


def test_one_more_in_the_list_of_the_first_named_is_asked_with_a_word_of_its_own_between() -> None:
    # "the chiro exam and e-stim": the e-stim was read as the woman's story, only her chiro answered
    q = understand("the 52 yo woman with the chiro exam and e-stim - what happened?")
    assert (asked_sets(q), q.story_treatments) == (("chiropractic", "e_stim"), ())
    q = understand("the man with the shoulder surgery and the sling - why was the sling denied?")
    assert asked_sets(q) == ("brace",)
