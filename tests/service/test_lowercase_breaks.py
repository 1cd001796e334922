"""A question typed all in lowercase with no punctuation: sentence breaks where a subject is told
with an age ("hes 43"), after the age told ("my dad is 53 he already had"), and before a "why" that
no word leads into, so the asking part is the question's, not the story's."""

from __future__ import annotations

from datetime import date

import pytest

from service.apostrophes import with_breaks
from service.understand import understand

TODAY = date(2024, 6, 1)


@pytest.mark.parametrize(("typed", "read"), [
    ("why couldnt my husband get a helper at home while im at work hes 43 and had major belly surgery",
     "why couldnt my husband get a helper at home while im at work? hes 43 and had major belly surgery"),
    ("my wife is 52 and hurt her back she was already in physical therapy why did they deny the chiro",
     "my wife is 52 and hurt her back she was already in physical therapy. why did they deny the chiro?"),
    ("my son is 24 he fainted at work and fell why was the ct denied",
     "my son is 24. he fainted at work and fell. why was the ct denied?"),
])
def test_lowercase_sentences_are_broken(typed: str, read: str) -> None:
    assert with_breaks(typed) == read


@pytest.mark.parametrize("typed", ["is that why the pantoprazole was rejected", "tell me why the mri was denied",
                                   "the reason why the pt was denied", "the 53 he said",
                                   # a telegraphic question's "why" typed after its outcome word
                                   "elbow mri denied why 48 yo guy fell off ladder broke foot"])
def test_a_why_led_into_is_no_new_sentence(typed: str) -> None:
    assert with_breaks(typed) == typed


def test_the_story_after_the_question_names_no_treatment_asked() -> None:
    q = understand("why couldnt my husband get a helper at home while im at work hes 43 and had major belly surgery "
                   "after a bad accident", today=TODAY)
    assert q.treatments == ("home_health",)

