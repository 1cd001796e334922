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


CT = Fact(case_number="CM17-0002106", item_index=3, title="CT scan of the head", decision="Upheld", body_regions=("head",))
CHIRO = Fact(case_number="CM17-0015198", item_index=2, title="Chiro with modalities 2 times a week for 6 weeks for neck, back",
             decision="Upheld", body_regions=("cervical", "lumbar"))
PT = Fact(case_number="CM17-0015198", item_index=1, title="Physical therapy 2 times a week for 6 weeks bilateral shoulder, "
          "elbow and wrist", decision="Upheld", body_regions=("shoulder", "elbow", "wrist"))
REMAINDER = Fact(case_number="CM16-0231706", item_index=1, title="Chiropractic physiotherapy treatment 6 visits",
                 decision="Upheld", body_regions=("cervical",))


def test_a_treatment_named_as_the_alternative_is_no_new_topic() -> None:
    earlier = [Earlier(question="CM17-0002106 head CT", items=(CT,), shown=(CT,), kind="item")]
    assert resolve("why not an MRI instead?", earlier).question == (
        "the CT scan of the head in case CM17-0002106 - why not an MRI instead?")


def test_same_reason_after_one_item_is_set_against_the_other_request_shown() -> None:
    earlier = [Earlier(question="CM17-0015198 chiro", items=(CHIRO,), shown=(CHIRO, PT), kind="item")]
    assert resolve("same reason?", earlier).question == (
        "was the Chiro with modalities 2 times a week for 6 weeks for neck, back decided for the same reason as the Physical "
        "therapy 2 times a week for 6 weeks bilateral shoulder, elbow and wrist? [in case CM17-0015198]")
    # ... and with none shown beside it, of that item itself
    earlier = [Earlier(question="CM17-0002106 head CT", items=(CT,), shown=(CT,), kind="item")]
    assert resolve("same reason?", earlier).question == "same reason? [the CT scan of the head in case CM17-0002106]"


def test_the_other_few_of_a_request_are_its_remainder() -> None:
    earlier = [Earlier(question="43 yo woman chiro neck and back, UR approved 6", items=(REMAINDER,), shown=(REMAINDER,),
                       kind="item")]
    assert resolve("why not the other 6?", earlier).question == (
        "why not the other 6? [the Chiropractic physiotherapy treatment 6 visits in case CM16-0231706]")


def test_same_reason_of_one_described_is_left_to_the_description() -> None:
    shoulder = Fact(case_number="CM17-0002106", item_index=1, title="MRI of the left shoulder", decision="Upheld",
                    body_regions=("shoulder",))
    neck = Fact(case_number="CM17-0002106", item_index=2, title="MRI of the cervical spine", decision="Upheld",
                body_regions=("cervical",))
    earlier = [Earlier(question="54 yo woman shoulder MRI", items=(shoulder,), shown=(shoulder, neck, CT), kind="item")]
    assert resolve("and the neck one, same reason?", earlier).question == (
        "was the MRI of the cervical spine decided for the same reason as the MRI of the left shoulder? [in case CM17-0002106]")


def test_same_reason_as_one_named_asks_of_the_item_in_view() -> None:
    pantoprazole = Fact(case_number="CM17-0013716", item_index=2, title="Pantoprazole 20mg #30", decision="Upheld")
    naproxen = Fact(case_number="CM17-0013716", item_index=1, title="Naproxen 500mg #60", decision="Upheld")
    earlier = [Earlier(question="54 yo woman pantoprazole", items=(pantoprazole,), shown=(pantoprazole, naproxen), kind="item",
                       letter=(naproxen, pantoprazole))]
    assert resolve("same reason as the naproxen?", earlier).question == (
        "was the Pantoprazole 20mg #30 decided for the same reason as the naproxen? [in case CM17-0013716]")


def test_a_rule_told_against_the_decision_is_of_the_item() -> None:
    acupuncture = Fact(case_number="CM17-0010885", item_index=1, title="Initial acupuncture, 1 to 2 times per week for 4 "
                       "weeks, for the neck", decision="Overturned", body_regions=("cervical",))
    earlier = [Earlier(question="CM17-0010885 acupuncture", items=(acupuncture,), shown=(acupuncture,), kind="item")]
    assert resolve("isnt acupuncture not recommended for neck pain? why approved then", earlier).question == (
        "isnt acupuncture not recommended for neck pain? why approved then [the Initial acupuncture, 1 to 2 times per week "
        "for 4 weeks, for the neck in case CM17-0010885]")
