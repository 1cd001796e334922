"""The words a 'has no request for ...' message names (service.lacking): the treatment and the body
part the question asks about, not where the patient's story says it hurts."""

from __future__ import annotations

from datetime import date

import pytest

from service.lacking import _asked_words
from service.understand import understand

TODAY = date(2017, 6, 1)


@pytest.mark.parametrize(("question", "words"), [
    ("My husband is 45, he has a herniated disc in his low back and numbness down his legs. "
     "Did IMR approve his epidural injection at L4-L5?", "epidural injection"),
    ("Was the neck brace approved for the 37 year old woman?", "neck brace"),
    ("Did IMR approve the MRI of my knee for the 29 year old?", "knee MRI"),
    # a treatment word said inside a longer one, once
    ("my husband drives a truck, he's 28, they turned down his shots for his back. Why?", "shots for his back"),
    # a body part said only before another treatment, of the story, is that one's: not "shoulder norco"
    ("the 63 yo man with the shoulder surgery, did they approve his norco?", "norco"),
    ("CM17-0014288 shoulder surgery denied?", "shoulder surgery"),
    # the kind of bed asked is said: "hospital bed", not "bed"
    ("CM16-0249735 did he get a hospital bed?", "hospital bed"),
    # a body part said only in the patient's condition: not "lumbar gabapentin"
    ("was gabapentin approved for the 57 yo man with lumbar radiculopathy?", "gabapentin"),
    ("was the lumbar MRI approved for the 25 year old woman with lumbar strain?", "lumbar MRI"),
])
def test_the_lacking_message_names_what_was_asked(question: str, words: str) -> None:
    assert _asked_words(understand(question, today=TODAY)) == words


class _Index:
    """The index's words, for `_unknown` without a built index."""

    def __init__(self, words: set[str]) -> None:
        self.words = words

    def known_term(self, term: str) -> bool:
        return term in self.words

    def near_term(self, term: str) -> bool:
        return term in self.words


def test_a_frequency_or_a_word_typed_long_is_no_unknown_treatment() -> None:
    from service.lacking import _unknown

    index = _Index({"therapy", "chair"})
    assert _unknown(index, ["2x", "x2", "3x4", "whyy", "chairr", "ketamine"]) == ["ketamine"]
    assert _unknown(index, ["hyperbaricc"]) == ["hyperbaricc"]


def test_a_treatment_word_in_the_absent_phrase_is_no_other_thing_asked() -> None:
    from service.lacking import _same_phrase
    assert _same_phrase("Has gastric bypass surgery ever been approved?", "gastric bypass", "surgery") is True
    assert _same_phrase("any surgery for a gastric bypass?", "gastric bypass", "surgery") is True
    assert _same_phrase("did she get a gym membership or pool therapy?", "gym membership", "pool therapy") is False
