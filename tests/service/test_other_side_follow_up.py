"""A follow-up asking of the other side of the body part than the one request of the letter answered before
(service.conversation): the item told, then the side asked, which the letter lacks. Pure rules, no index."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve

SHOULDER = Fact(case_number="CM17-0014288", item_index=1, title="MRI of the right shoulder without contrast",
                decision="Upheld", body_regions=("shoulder",))
EMG = Fact(case_number="CM17-0009887", item_index=2, title="EMG of the left upper extremity", decision="Upheld",
           body_regions=("upper extremity",))
NCS = Fact(case_number="CM17-0009887", item_index=1, title="NCS of the left upper extremity", decision="Upheld",
           body_regions=("upper extremity",))


def test_the_other_shoulder_after_her_right_shoulder_mri_is_asked_beside_it():
    earlier = [Earlier(question="the 62 yo woman's right shoulder MRI", items=(SHOULDER,), kind="item", letter=(SHOULDER,))]
    got = resolve("what about the left shoulder?", earlier)
    assert got.question == ("the MRI of the right shoulder without contrast in case CM17-0014288 - what about the left "
                            "shoulder?")
    assert got.carried == ("item: MRI of the right shoulder without contrast (case CM17-0014288), of the other side than "
                           "the left shoulder asked",)


def test_the_same_side_asked_again_is_the_item_itself():
    earlier = [Earlier(question="the 62 yo woman's right shoulder MRI", items=(SHOULDER,), kind="item", letter=(SHOULDER,))]
    got = resolve("what about the right shoulder?", earlier)
    assert got.question == "what about the MRI of the right shoulder without contrast in case CM17-0014288?"


def test_the_other_side_with_its_treatment_after_a_case_named():
    earlier = [Earlier(question="CM17-0014288", items=(SHOULDER,), kind="item", letter=(SHOULDER,))]
    got = resolve("and the left shoulder MRI?", earlier)
    assert got.question == ("the MRI of the right shoulder without contrast in case CM17-0014288 - what about the left "
                            "shoulder MRI?")


def test_the_other_arm_after_her_nerve_tests_of_the_left_arm():
    earlier = [Earlier(question="the 46 yo woman with the nerve tests on her left arm", items=(NCS,), kind="item",
                       letter=(NCS, EMG))]
    got = resolve("and her right arm?", earlier)
    assert got.question == "the EMG of the left upper extremity in case CM17-0009887 - what about the right arm?"
