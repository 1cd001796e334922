"""A patient told by what they had before, and nothing asked (service.story): "53 yo man with the old neck fusion
and back pain" describes him; the fusion is no request asked about (a question that asks keeps it)."""

from __future__ import annotations

from datetime import date

from indexer.treatments import find_treatments
from service.story import story_treatments
from service.understand import understand


def test_a_prior_treatment_told_alone_is_the_story() -> None:
    text = "53 yo man with the old neck fusion and back pain"
    assert story_treatments(text, find_treatments(text)) == ([], [("spine_surgery", "neck fusion"), ("surgery", "neck fusion")])
    q = understand(text, date(2026, 12, 1))
    assert (q.treatments, q.story_treatments, q.age, q.sex) == ((), ("spine_surgery", "surgery"), 53, "male")


def test_a_question_of_it_still_asks_it() -> None:
    text = "was the 53 yo man's prior neck fusion approved?"
    assert story_treatments(text, find_treatments(text))[0] == find_treatments(text)


def test_a_patient_told_by_a_drug_then_a_question_after_a_comma_asks_the_other() -> None:
    # "the 37 year old woman with the baclofen, did the sleeping pills get approved?": the baclofen tells who she is
    q = understand("the 37 year old woman with the baclofen, did the sleeping pills get approved? she has insomnia",
                   date(2026, 12, 1))
    assert (q.treatments, q.story_treatments) == (("sleep_aid",), ("baclofen", "muscle_relaxant", "medication"))
    # ... a question of the things told themselves asks them
    q = understand("the woman with the TENS and the pillows, were they approved?", date(2026, 12, 1))
    assert q.story_treatments == () and "tens" in q.treatments
