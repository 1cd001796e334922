"""Two treatments named, the letter has one: the answer explains the one and says the letter has no
request for the other; the items it adds are of the body part asked (round 7D: nat-620, 630, 635, 644)."""

from __future__ import annotations

from service.people import read_person
from service.unnamed import lacks_sentence, named_not_requested, parts_not_requested, regions_not_requested
from tests.conftest import ask, served_client

# service.gather.case_items rows: (index, title, decision, treatments, regions)
HAND_MRI_LETTER = [(3, "Single positional MRI of the right hand", "Upheld", ("mri", "imaging"), ("wrist/hand",)),
                   (5, "Cyclobenzaprine 7.5mg #27", "Upheld", ("cyclobenzaprine", "muscle_relaxant", "medication"), ())]


def test_the_named_treatment_the_letter_lacks_is_said() -> None:
    assert named_not_requested(("MRI", "TENS"), HAND_MRI_LETTER) == ["TENS"]
    assert named_not_requested(("CT", "MRI"), [(1, "Retrospective CT scan of the cervical spine", "Overturned",
                                                ("ct", "imaging"), ("cervical",))]) == ["MRI"]
    assert lacks_sentence("CM16-0234464", ["TENS"]) == "Case CM16-0234464 has no request for TENS."


def test_nothing_is_said_when_one_is_named_or_the_letter_has_none_or_all() -> None:
    assert named_not_requested(("TENS",), HAND_MRI_LETTER) == []
    assert named_not_requested(("TENS", "brace"), HAND_MRI_LETTER) == []  # a case_lacks answer's business
    assert named_not_requested(("MRI", "Flexeril"), HAND_MRI_LETTER) == []
    assert lacks_sentence("CM16-0234464", []) == ""

def test_a_word_the_title_says_is_requested_whatever_set_the_request_is_filed_under() -> None:
    # "43 yo woman chiro physio - how many visits?": the chiropractic physiotherapy, filed as chiropractic
    chiro = [(1, "Chiropractic physiotherapy treatment 6 visits", "Upheld", ("chiropractic", "office_visit"), ())]
    assert named_not_requested(("chiro", "physio"), chiro) == []
    assert named_not_requested(("chiro", "acupuncture"), chiro) == ["acupuncture"]


def test_a_body_part_joined_to_the_one_asked_that_the_letter_lacks_is_said() -> None:
    # "cm17 11703 the MRI of his low back and his shoulder?" explained the lumbar MRI, silent of the shoulder
    lumbar = [(1, "MRI of the lumbar spine", "Upheld", ("mri", "imaging"), ("lumbar",)),
              (4, "CT scan of the cervical spine", "Upheld", ("ct", "imaging"), ("cervical",))]
    assert regions_not_requested("cm17 11703 the MRI of his low back and his shoulder?", ("MRI",), ("lumbar", "shoulder"),
                                 ("low back", "shoulder"), lumbar) == ["MRI of the shoulder"]
    # ... not parts told apart from the one asked, nor parts all lacking (a case_lacks answer's), nor the other kind's
    assert regions_not_requested("she hurt her hip and shoulder, was the hip MRI approved", ("MRI",), ("hip", "shoulder"),
                                 ("hip", "shoulder"), [(1, "MRI of the right hip", "Upheld", ("mri", "imaging"), ("hip",))]) == []
    assert regions_not_requested("the MRI of his knee and his shoulder?", ("MRI",), ("knee", "shoulder"),
                                 ("knee", "shoulder"), lumbar) == []
    assert regions_not_requested("the MRI of his low back and his neck?", ("MRI",), ("lumbar", "cervical"),
                                 ("low back", "neck"), lumbar) == ["MRI of the neck"]
    # ... each part said with the treatment's word, the phrases joined: the part as said with it
    support = [(2, "Lumbar support", "Upheld", ("brace", "dme"), ("lumbar",))]
    assert regions_not_requested("CM16-0248471 did she get a knee brace or a back brace?", ("brace",), ("knee", "lumbar"),
                                 ("knee", "back"), support) == ["knee brace"]
    assert regions_not_requested("the back brace and the knee brace - denied?", ("brace",), ("lumbar", "knee"),
                                 ("back", "knee"), support) == ["knee brace"]
    assert regions_not_requested("the knee brace, because her back hurts?", ("brace",), ("knee", "lumbar"),
                                 ("knee", "back"), support) == []


def test_a_young_or_older_person_is_described() -> None:
    assert read_person("the young guy who passed out at work and fell, was his CT approved?").described
    assert read_person("an older woman: was her MRI approved?").described


client = served_client("CM16-0234464", "CM16-0248471", "CM17-0005924")


def test_the_letter_lacking_a_named_treatment_says_so_after_the_one_it_has(client) -> None:
    got = ask(client, "was his hand MRI and his TENS approved? hes 33, smashed his hand in a door at work")
    assert [(c["case_number"], c["item_index"]) for c in got["citations"]][:1] == [("CM16-0234464", 3)]
    # (said first, before the one it has: a yes or no after it is of that one alone)
    assert got["answer"].startswith('Case CM16-0234464 has no request for TENS. No: the denial of "Single positional MRI of the '
                                    'right hand" was upheld')
    assert "Single positional MRI of the cervical spine" not in got["answer"]  # the hand MRI, not his neck MRI
    got = ask(client, "the young guy who passed out at work and fell, was his retro neck CT and his knee MRI approved?")
    assert got["answer"].startswith("Case CM17-0005924 has no request for MRI. ")


def test_items_added_for_a_second_treatment_are_of_the_body_part_asked(client) -> None:
    got = ask(client, "was her TENS and her back brace approved 37 yo female cumulative trauma neck and low back")
    assert '"TENS unit"' in got["answer"] and '"Lumbar support"' in got["answer"]
    assert "Wrist braces" not in got["answer"]


# CM17-0011703's MRI of the lumbar spine and its lumbar/cervical acupuncture
FOOT_ASKED = [(1, "MRI of the lumbar spine", "Upheld", ("mri", "imaging"), ("lumbar",)),
              (5, "Acupuncture of the lumbar and cervical for two sessions", "Upheld", ("acupuncture",),
               ("lumbar", "cervical"))]


def test_a_body_part_told_at_one_of_two_treatments_that_the_letter_lacks_is_said() -> None:
    # "CM17-0011703, did they approve the acupuncture and the MRI of his foot?" said the case lacked "foot
    # acupuncture / MRI" (the foot read as both's)
    assert parts_not_requested("CM17-0011703, did they approve the acupuncture and the MRI of his foot?",
                               ("acupuncture", "MRI"), FOOT_ASKED) == ["MRI of the foot"]
    assert parts_not_requested("CM17-0011703, did they approve the acupuncture and the MRI of his low back?",
                               ("acupuncture", "MRI"), FOOT_ASKED) == []
    assert parts_not_requested("CM17-0011703, the MRI of his foot?", ("MRI",), FOOT_ASKED) == []  # case_lacks' business
    assert parts_not_requested("the foot MRI and the TENS?", ("MRI", "TENS"), FOOT_ASKED) == []  # none of the others


foot = served_client("CM17-0011703")


def test_the_treatment_the_case_has_is_answered_and_the_part_it_lacks_said(foot) -> None:
    answer = ask(foot, "CM17-0011703, did they approve the acupuncture and the MRI of his foot?")
    assert answer["not_found"] == ""
    assert "Case CM17-0011703 has no request for MRI of the foot." in answer["answer"]
    assert answer["answer"].startswith('No: "Acupuncture of the lumbar and cervical for two sessions" was denied (upheld), '
                                       "not approved [1].")


def test_a_word_inside_another_requested_is_no_other_thing() -> None:
    # "checkup before his surgery": the pre-operative clearance, its "checkup" no office visit the letter lacks
    letter = [(1, "Right Shoulder Arthroscopy with rotator cuff repair", "Upheld", ("surgery",), ("shoulder",)),
              (2, "Preoperative Medical Clearance", "Upheld", ("preop_clearance",), ())]
    assert named_not_requested(("checkup before", "checkup", "surgery"), letter) == []
