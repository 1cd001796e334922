""""did the x-rays show anything?" asks what the letter says of a study the patient had, beside the item asked
(service.mentioned.result_asked, service.conversation)."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve
from service.mentioned import Mention, asked_mention, result_asked

HIP_MRI = Fact(case_number="CM16-0248655", item_index=1, title="MRI without contrast of the right hip", decision="Upheld",
               body_regions=("hip",))


def test_a_studys_result_asked_names_its_treatment():
    assert result_asked("did the x-rays show anything?") == {"xray"}
    assert result_asked("were her x-rays normal?") == {"xray"}
    assert result_asked("what did his EMG reveal?") == {"emg"}
    assert not result_asked("did the reviewer show any reason?")
    assert not result_asked("was the x-ray denied?")


def test_a_studys_result_beside_another_request_is_past_care_asked():
    assert asked_mention("the 61 yo woman's hip MRI - did her x-rays show anything?") == Mention(
        topic="her x-rays", rest="the 61 yo woman's hip MRI?", history=True)
    # ... alone, nothing beside it: no mention (the follow-up carries the item first)
    assert asked_mention("did the x-rays show anything?") is None


def test_a_studys_result_after_another_item_stays_with_that_item():
    earlier = [Earlier(question="the 61 year old woman's hip MRI - denied?", items=(HIP_MRI,), kind="item",
                       letter=(HIP_MRI,))]
    for question in ("did the x-rays show anything?", "were her x-rays normal?"):
        got = resolve(question, earlier)
        assert got.question == f"{question} [the MRI without contrast of the right hip in case CM16-0248655]"
        assert got.carried == ("item: MRI without contrast of the right hip (case CM16-0248655), from the previous answer",)
    # ... the item's own study is not past care
    assert resolve("what did the MRI show?", earlier).question != (
        "what did the MRI show? [the MRI without contrast of the right hip in case CM16-0248655]")
