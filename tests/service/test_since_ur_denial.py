"""A follow-up's "how long after that?" after a question of UR's denial counts from the UR denial
(service.conversation.since_ur_denial). Pure rules, no index."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve, since_ur_denial

MRI = Fact(case_number="CM16-0239607", item_index=1, title="MRI cervical spine without contrast", decision="Upheld")


def test_after_that_is_after_the_ur_denial_the_previous_question_asked_of():
    assert since_ur_denial("how long after that did IMR decide?", "when did UR turn down the 34 yo guy's neck MRI?") == (
        "how long after UR's denial did IMR decide?")
    assert since_ur_denial("how many days from then?", "when did the insurance deny her PT?") == (
        "how many days after UR's denial?")
    # the previous question of something else, or no time asked: as it stands
    assert since_ur_denial("how long after that did IMR decide?", "when was the 34 yo guy's neck MRI decided?") == (
        "how long after that did IMR decide?")
    assert since_ur_denial("what happened after that?", "when did UR turn down his MRI?") == "what happened after that?"


def test_the_follow_up_carries_the_item_and_the_ur_denial():
    earlier = [Earlier(question="when did UR turn down the 34 yo guy's neck MRI?", items=(MRI,), kind="item")]
    got = resolve("how long after that did IMR decide?", earlier)
    assert got.question.startswith("how long after UR's denial did IMR decide?")
    assert "CM16-0239607" in got.question
