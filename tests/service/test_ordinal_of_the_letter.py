""""the last one?" after an answer about one item counts among that letter's items, not other letters' items shown
beside it (service.conversation)."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve

PT = Fact(case_number="CM17-0015198", item_index=1, title="Physical therapy 2 times a week for 6 weeks", decision="Upheld")
CHIRO = Fact(case_number="CM17-0015198", item_index=2, title="Chiro with modalities 2 times a week", decision="Upheld")
OTHER = Fact(case_number="CM17-0014288", item_index=1, title="MRI of the right shoulder without contrast", decision="Upheld")


def test_the_last_one_after_one_item_is_the_last_of_its_letter() -> None:
    earlier = [Earlier(question="what did the 46 yo man ask for?", items=(PT,), shown=(OTHER,), kind="item",
                       letter=(CHIRO, PT))]
    got = resolve("the last one?", earlier)
    assert got.question.endswith("[the Chiro with modalities 2 times a week in case CM17-0015198]")
    assert got.carried == ("item: Chiro with modalities 2 times a week (case CM17-0015198), the last one in the previous "
                           "answer",)


def test_the_second_one_after_several_items_is_the_second_answered() -> None:
    earlier = [Earlier(question="his requests", items=(PT, CHIRO), shown=(OTHER,), kind="item", letter=(PT, CHIRO))]
    # (asked of that item alone, not "his requests" again with it beside)
    assert resolve("the second one?", earlier).question == (
        "what about the Chiro with modalities 2 times a week in case CM17-0015198?")
