"""A body part named only in the patient's symptoms is no condition on the item asked about."""

from __future__ import annotations

import pytest

from service.symptoms import only_symptoms
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(
    ("text", "regions", "told"),
    [
        ("more chiropractic for the 27-year-old with tingling in her right thigh", [("lower extremity", "thigh")], True),
        ("the man with pain shooting down into his left leg", [("lower extremity", "leg")], True),
        ("the woman whose knee gives way", [("knee", "knee")], True),
        # the region before the symptom: the complaint that picks the patient out
        ("the NCV for the 46F with left-sided neck pain", [("cervical", "neck")], True),
        ("the 54 year old woman with elbow and wrist pain", [("elbow", "elbow")], True),
        ("a UDS for the woman on tramadol with the post-traumatic headaches", [("head", "headaches")], True),
        ("the head CT for the woman with headaches", [("head", "head")], False),
        ("the 54 year old woman with elbow and wrist pain", [("wrist/hand", "wrist")], True),
        # the region of the request itself
        ("the knee braces for the man with pain in his knee", [("knee", "knee")], False),
        ("the knee brace for the man with knee pain", [("knee", "knee")], False),
        ("the man with the neck MRI and pain", [("cervical", "neck")], False),
        ("the woman who hurt her neck", [("cervical", "neck")], False),
        # a symptom the patient has, owned (nat-594); "for the ... pain" is what a request treats
        ("Did the reviewer even count the leg numbness?", [("lower extremity", "leg")], True),
        ("the acupuncture for the neck pain", [("cervical", "neck")], False),
        ("", [], False),
        # an injury of the part, as its pain: the patient described, not the request's part
        ("the extra physical therapy for the 50 yo woman with the head injury and burning face pain",
         [("head", "head")], True),
        ("the man with the knee injury - why was the knee MRI denied?", [("knee", "knee")], False),
        # the symptom said before where it is felt (tune nat-2859)
        ("why was the acupunture for the 50 yo women with the burning face aproved", [("head", "face")], True),
        ("the 46 yo woman with the numb left arm - wasn't the EMG approved?", [("upper extremity", "arm")], True),
        ("the knee MRI for the man with the sore knee", [("knee", "knee")], False),
    ],
)
def test_only_symptoms(text, regions, told) -> None:
    assert only_symptoms(text, regions) is told


def test_a_symptom_region_is_the_story_not_the_request() -> None:
    q = understand("Under which section of the guidelines was more chiropractic denied for the 27-year-old with "
                   "tingling in her right thigh?")
    assert (q.treatments, q.body_regions, q.regions_told) == (("chiropractic",), ("lower extremity",), True)
    q = understand("Why were the knee braces denied for the man with pain in his knee?")
    assert (q.body_regions, q.regions_told) == (("knee",), False)


def test_a_region_before_a_symptom_is_the_story() -> None:
    q = understand("Why wasn't the NCV authorised for the 46F with left-sided neck pain?")
    assert (q.treatments, q.body_regions, q.regions_told) == (("ncs", "nerve_study"), ("cervical",), True)


def test_a_region_in_the_diagnosis_the_patient_is_called_by_is_the_story() -> None:
    from service.collection.patient import undescribed
    from service.symptoms import in_diagnosis

    q = understand("For the abdominal muscle strain case: how many items went to IMR, and why was each refused?")
    assert (q.person.described, q.body_regions, q.region_words, q.aggregate) == (
        True, ("chest/abdomen",), ("abdominal",), True)
    assert in_diagnosis(q.text, q.region_words) is True
    assert in_diagnosis("the lumbar radiculopathy patient's L5 injection", ("lumbar",)) is True
    assert in_diagnosis("the lumbar MRI of the radiculopathy patient", ("lumbar",)) is False
    assert in_diagnosis("The 46 year old woman had nerve studies on her arm.", ("arm",)) is False
    where = {"body_region": "chest/abdomen", "decision": "Upheld"}
    assert undescribed(where, q.person, in_diagnosis(q.text, q.region_words)) == {"decision": "Upheld"}
    assert undescribed(where, q.person) == where


def test_a_symptom_region_is_not_said_as_the_request_lacking() -> None:
    q = understand("Did IMR decide on a UDS for the 40 year old woman on tramadol with the post-traumatic headaches?")
    assert (q.treatments, q.body_regions, q.regions_told) == (("urine_drug_screen",), ("head",), True)


def test_a_region_in_how_the_patient_got_hurt_is_the_story_when_another_is_asked() -> None:
    from service.symptoms import told_in_injury

    q = understand("my neck MRI got cut - 33, smashed my hand in a door. why?")
    assert (q.treatments, q.body_regions, q.regions_told) == (("mri", "imaging"), ("cervical",), False)
    # every part named only in the injury: the story's regions stay (nothing else is asked)
    assert told_in_injury("he injured his shoulder and knee - was PT denied?",
                          [("shoulder", "shoulder"), ("knee", "knee")], ("PT",)) == []
    assert understand("he injured his shoulder and knee - was PT denied?").body_regions == ("shoulder", "knee")
    # the part named again with the request is asked
    assert understand("the guy who smashed his hand - why was the hand MRI denied?").body_regions == ("wrist/hand",)
    assert told_in_injury("the guy who smashed his hand - why was the hand MRI denied?", [("wrist/hand", "hand")],
                          ("MRI",)) == []
    # a part of a list of hurt parts ("low back and right knee"), the MRI named with no part: all stay
    q = understand("Did the 29-year-old woman who hurt her low back and right knee get her back MRI approved in the end?")
    assert q.body_regions == ("lumbar", "knee")
    q = understand("my husband is 60, hit his head and hurt his right hand at work, they said no to the MRI - why")
    assert q.body_regions == ("head", "wrist/hand")


# a 50-year-old woman with burning facial pain (initial acupuncture and more neck PT, both overturned); a
# 50-year-old man (the rest of his acupuncture, upheld); a 54-year-old woman hurt operating a sewing
# machine (naproxen, pantoprazole and two compounded creams, all upheld)
client = served_client("CM17-0010885", "CM17-0007857", "CM17-0013716")


def test_a_symptom_said_before_its_place_is_the_patients(client) -> None:
    # tune nat-2859 answered 'The letter of the patient described, case CM17-0010885, has no request for
    # face acupuncture.' (the face read as the acupuncture's)
    q = understand("why was the acupunture for the 50 yo women with the burning face aproved")
    assert (q.treatments, q.body_regions, q.regions_told) == (("acupuncture",), ("head",), True)
    answer = ask(client, "why was the acupunture for the 50 yo women with the burning face aproved")
    assert answer["answer"].startswith("Approved (Overturned): within the guideline's limits [1]. In case CM17-0010885, "
                                       'the request for "Initial acupuncture, 1 to 2 times per week for 4 weeks, for '
                                       'the neck" was approved (Overturned: authorised) [2].')


def test_a_body_part_of_the_story_keeps_no_item_of_the_kind_asked_out(client) -> None:
    # tune nat-2850 answered one cream: 'No: the denial of "Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%,
    # 120grams #1" was upheld; ...' (the other cream's item names no arm)
    question = "the 54 year old who hurt her arm running a sewing machine - were the pain creams approved?"
    q = understand(question)
    assert (q.body_regions, q.regions_told) == (("upper extremity",), True)
    answer = ask(client, question)
    assert answer["answer"].startswith(
        'No: "Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1" was denied (upheld), not approved [1]. '
        '"Dextromethorphan 5%/Amitriptyline 5%/Lidocaine/Capsaicin 0.025%, 120grams #1" was denied (upheld), not '
        'approved [2].')
