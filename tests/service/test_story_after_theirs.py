"""An operation the patient had, told after "after / since / following my (his, her)", describes them
wherever it comes in the question; the question asks about the other treatment (service.story)."""

from __future__ import annotations

from datetime import date

from service.understand import understand

TODAY = date(2017, 6, 1)


def test_their_operation_after_the_time_word_is_the_story_even_when_named_first() -> None:
    q = understand("my stomach hurts from the naproxen after my carpal tunnel surgery, they wouldn't approve the protonix?",
                   today=TODAY)
    assert (q.treatments, q.story_treatments) == (("ppi", "medication"), ("carpal_tunnel_release", "surgery"))
    q = understand("since his neck surgery he gets headaches - why was the CT of his head denied?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("ct", "imaging"), ("spine_surgery", "surgery"))


def test_a_decision_after_their_operation_leaves_the_other_asked() -> None:
    q = understand("was the PT after my knee surgery approved?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("physical_therapy",), ("surgery",))
