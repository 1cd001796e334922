"""A symptom told with the place first ("my right arm goes numb", "whose ring finger and pinky went
numb") and a finger by its everyday name are matched in a case summary's words ("numbness in the
right fourth and fifth fingers"): service.diagnosed."""

from __future__ import annotations

from service.diagnosed import printed, symptoms_felt

SUMMARY = ("The injured worker reported numbness in the right fourth and fifth fingers. The injured worker "
           "reported that his right arm went numb when sleeping on his stomach.")


def test_the_place_before_the_symptom() -> None:
    assert symptoms_felt("my husband's right arm goes numb when he sleeps on his stomach and his little fingers "
                         "are numb.") == (("numb", "arm"), ("numb", "little"))
    assert symptoms_felt("I'm the guy whose right ring finger and pinky went numb") == (("numb", "ring", "pinky"),)
    assert symptoms_felt("her hands get tingly at night") == (("tingly", "hands"),)
    assert symptoms_felt("both hands feel so weak") == (("weak", "hands"),)


def test_a_finger_by_its_everyday_name_is_the_summarys_numbered_finger() -> None:
    assert printed((), SUMMARY, (("numb", "little"),)) == 1.0
    assert printed((), SUMMARY, (("numb", "index"),)) == 0.0
    # "numb" is the summary's "numbness"
    assert printed((), "complains of numbness to the left arm", (("numb", "arm"),)) == 1.0
