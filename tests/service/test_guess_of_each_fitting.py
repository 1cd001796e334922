"""A reason offered as a follow-up ("was it because she didn't try PT first?") after an answer of each letter the
description fits: asked of what was asked before, of each of them (service.conversation), not a request for PT."""

from service.conversation import Earlier, Fact, resolve

EARLIER = Earlier(question="why were the 40 year old woman's meds denied?", kind="item", items=(
    Fact(case_number="CM17-0017734", item_index=1, title="Tramadol 50mg #60", decision="Upheld"),
    Fact(case_number="CM17-0013625", item_index=1, title="Celecoxib 200mg #90", decision="Upheld")))


def test_the_guess_is_of_the_question_before() -> None:
    resolved = resolve("was it because she didn't try PT first?", [EARLIER])
    assert resolved.question == "why were the 40 year old woman's meds denied - was it because she didn't try PT first?"
    assert resolved.carried == ("question: why were the 40 year old woman's meds denied?, the previous one, several "
                                "letters fitting; the reason offered asked of it",)


def test_a_question_of_her_own_carries_the_patient() -> None:
    assert resolve("how many of her requests were denied?", [EARLIER]).question == (
        "the 40 year old woman - how many of her requests were denied?")
