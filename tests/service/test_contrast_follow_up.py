"""A follow-up that sets another request against the item answered ("why approved when the MRI wasn't?" after the
acupuncture) asks of that item, the other only its foil (service.conversation._contrasted): not the MRI asked afresh."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve

ACUPUNCTURE = Fact(case_number="CM16-0230548", item_index=2, title="Acupuncture 3 times a week for 2 weeks, neck, right hand "
                   "and head", decision="Overturned", body_regions=("cervical", "hand"))
MRI = Fact(case_number="CM16-0230548", item_index=1, title="MRI of neck and right hand without contrast", decision="Upheld",
           body_regions=("cervical", "hand"))


def after(question: str, item: Fact) -> Earlier:
    return Earlier(question=question, items=(item,), shown=(ACUPUNCTURE, MRI), kind="item")


def test_the_request_set_against_it_is_no_new_topic() -> None:
    resolved = resolve("why approved when the MRI wasnt?", [after("60 yo man acupuncture", ACUPUNCTURE)])
    assert resolved.question == ("the Acupuncture 3 times a week for 2 weeks, neck, right hand and head in case CM16-0230548 "
                                 "- why approved when the MRI wasnt?")
    resolved = resolve("why was it denied when the acupuncture got approved?", [after("CM16-0230548 MRI", MRI)])
    assert resolved.question == ("the MRI of neck and right hand without contrast in case CM16-0230548 - why was it denied "
                                 "when the acupuncture got approved?")


def test_no_contrast_or_another_thing_asked_is_left_alone() -> None:
    # (the MRI asked itself, and the item's own kind set against it, are no foil)
    assert resolve("what about the MRI?", [after("60 yo man acupuncture", ACUPUNCTURE)]).question != (
        "the Acupuncture 3 times a week for 2 weeks, neck, right hand and head in case CM16-0230548 - what about the MRI?")
    assert not resolve("why was the MRI denied when the acupuncture was approved?",
                       [after("60 yo man acupuncture", ACUPUNCTURE)]).question.startswith("the Acupuncture")
