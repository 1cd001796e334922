"""What follows the patient's possessive may be their body, not a treatment: "my husband is 53, his
ring finger and pinky are numb" tells where he hurts (his letter's requests answer), never "No letter
in the index mentions ring" (service.lacking)."""

from __future__ import annotations

import pytest

from service.lacking import _a_body_part


@pytest.mark.parametrize(("phrase", "part"), [
    ("ring finger", True),
    ("left shoulder hurts", True),
    ("lower back", True),
    ("knee brace", False),
    ("hyperbaric oxygen", False),
    ("neck MRI", False),
])
def test_a_phrase_ending_in_a_body_part(phrase: str, part: bool) -> None:
    assert _a_body_part(phrase) is part


def test_words_before_the_part_only_tell_which() -> None:
    assert not _a_body_part("son hit his head")  # nat-3390: the asker's son, not a body part named
    assert _a_body_part("bad knee")
