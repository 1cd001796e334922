"""What the patient has had ("the man who had two back surgeries") describes them wherever it comes
in the question; the question asks about the other treatment (service.story)."""

from __future__ import annotations

from datetime import date

from service.understand import understand

TODAY = date(2017, 6, 1)


def test_what_the_patient_had_is_the_story_even_when_named_first() -> None:
    q = understand("53 yo man who had two back surgeries and a neck fusion: why was the low back x-ray denied - "
                   "because he already had one?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("xray", "imaging"), ("surgery", "spine_surgery"))
    q = understand("the woman who'd had a lumbar fusion: was her PT approved?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("physical_therapy",), ("spine_surgery", "surgery"))


def test_a_decision_after_what_they_had_makes_it_asked() -> None:
    q = understand("the woman who had the knee scope approved - what about her PT?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("arthroscopy", "physical_therapy", "surgery"), ())

