"""Follow-ups that leave the patient and come back, name another case, pick the last request after a surgery, or ask
for the requests of the other outcome (service.conversation): pure rules, no index."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve

NAPROXEN = Fact(case_number="CM17-0013716", item_index=1, title="Naproxen 500mg #60", decision="Upheld")
KNEE_MRI = Fact(case_number="CM17-0001064", item_index=1, title="MRI right knee", decision="Upheld")
FLEXERIL = Fact(case_number="CM16-0234464", item_index=5, title="Cyclobenzaprine 7.5mg #27", decision="Upheld")
SURGERY = Fact(case_number="CM17-0006797", item_index=1, decision="Upheld",
               title="Right Shoulder Arthroscopy with rotator cuff repair vs debridement, subacromial decompression")
AFTER_SURGERY = Fact(case_number="CM17-0006797", item_index=2, decision="Upheld",
                     title="Associated surgical service: Physical Therapy sessions, 12")
ACUPUNCTURE = Fact(case_number="CM17-0010885", item_index=1, decision="Overturned",
                   title="Initial acupuncture, 1 to 2 times per week for 4 weeks, for the neck")


def test_back_to_her_reads_the_rest_against_the_patient_before_the_other_one():
    earlier = [Earlier(question="the 54 yo woman's naproxen - why denied?", items=(NAPROXEN,), kind="item"),
               Earlier(question="and the 47 year old man's?", letter=(KNEE_MRI,), kind="not_found")]
    got = resolve("back to her - what about the stomach pill?", earlier)
    assert got.question == "the 54 yo woman's stomach pill - why denied? [in case CM17-0013716]"
    assert got.carried[0] == "case: CM17-0013716, the patient asked of before the previous answer's"
    got = resolve("ok going back to the first one, why was the naproxen denied?", earlier)
    assert got.question == "why was the naproxen denied? [in case CM17-0013716]"


def test_back_to_her_with_no_other_patient_before_is_left_to_the_other_rules():
    earlier = [Earlier(question="the 54 yo woman's naproxen - why denied?", items=(NAPROXEN,), kind="item")]
    got = resolve("back to her - what about the stomach pill?", earlier)
    assert not got.carried[0].startswith("case: CM17-0013716, the patient asked of before")


def test_a_case_named_next_stands_for_the_patient_told_before():
    earlier = [Earlier(question="the 33 yo man's cyclobenzaprine", items=(FLEXERIL,), kind="item")]
    got = resolve("what about case CM17-0013716?", earlier)
    assert got.question == "the cyclobenzaprine [in case CM17-0013716]"
    assert got.carried == ("question: the previous one, for case CM17-0013716",)
    earlier = [Earlier(question="why was the 33 year old man's cyclobenzaprine denied?", items=(FLEXERIL,), kind="item")]
    assert resolve("and CM17-0013716?", earlier).question == "why was the cyclobenzaprine denied? [in case CM17-0013716]"
    # (a patient told by a treatment keeps it: the question as it was, of the case named)
    earlier = [Earlier(question="why was the 33 yo man with the MRIs denied his cyclobenzaprine?", items=(FLEXERIL,),
                       kind="item")]
    assert resolve("what about case CM17-0013716?", earlier).question == (
        "why was the 33 yo man with the MRIs denied his cyclobenzaprine? [in case CM17-0013716]")


def test_the_last_one_after_a_surgery_drops_the_word_surgery():
    earlier = [Earlier(question="what was decided for the 63 yo man's shoulder surgery?", items=(SURGERY,), kind="item",
                       letter=(SURGERY, AFTER_SURGERY))]
    got = resolve("the last one?", earlier)
    assert got.question == ("what was decided for the 63 yo man's ? [the Associated surgical service: Physical Therapy "
                            "sessions, 12 in case CM17-0006797]")


def test_the_denied_ones_after_an_approval_are_the_letters_denied_requests():
    earlier = [Earlier(question="why was the 50 yo woman's acupuncture approved?", items=(ACUPUNCTURE,), kind="item")]
    got = resolve("and the denied ones?", earlier)
    assert got.question == "why were the requests in case CM17-0010885 denied?"
    assert got.carried == ("case: CM17-0010885, from the previous answer; its denied requests",)
    earlier = [Earlier(question="was the 50 yo woman's acupuncture approved?", items=(ACUPUNCTURE,), kind="item")]
    assert resolve("what about the denied requests?", earlier).question == "which requests were denied in case CM17-0010885?"
    # (one thing, not "ones": the item asked again for the other outcome, as before)
    assert resolve("and denials?", earlier).question == "was the 50 yo woman's acupuncture denied?"


NECK_PT = Fact(case_number="CM17-0010362", item_index=1, decision="Upheld", body_regions=("cervical",),
               title="Physical therapy for the cervical spine 2 times a week for 3 weeks")
BACK_PT = Fact(case_number="CM17-0010362", item_index=2, decision="Upheld", body_regions=("lumbar",),
               title="Physical therapy for the lumbar spine 2 times a week for 3 weeks")
LUMBAR_MRI = Fact(case_number="CM17-0011703", item_index=1, title="MRI of the lumbar spine", decision="Upheld")
NECK_XRAYS = Fact(case_number="CM17-0011703", item_index=2, title="Cervical spine x-rays", decision="Upheld")
NECK_CT = Fact(case_number="CM17-0011703", item_index=4, title="CT scan of the cervical spine", decision="Upheld")


def test_an_ordinal_after_an_answer_about_several_asks_of_that_item_alone():
    earlier = [Earlier(question="the 53 yo man with all the imaging denied - what were they?",
                       items=(LUMBAR_MRI, NECK_XRAYS, NECK_CT), kind="item")]
    got = resolve("the last one?", earlier)
    assert got.question == "what about the CT scan of the cervical spine in case CM17-0011703?"
    assert got.carried == ("item: CT scan of the cervical spine (case CM17-0011703), the last one in the previous answer",)
    assert resolve("the second one?", earlier).question == "what about the Cervical spine x-rays in case CM17-0011703?"


def test_that_one_for_a_body_part_is_the_item_of_that_part_shown():
    earlier = [Earlier(question="the 54 yo man's neck and back PT", items=(NECK_PT,), shown=(BACK_PT,), kind="item")]
    got = resolve("that one for the back - why?", earlier)
    assert got.question == ("the Physical therapy for the lumbar spine 2 times a week for 3 weeks in case CM17-0010362 for "
                            "the back - why?")
    # (the part of the item answered, or none told: that item)
    assert "cervical" in resolve("that one for the neck - why?", earlier).question
    assert "cervical" in resolve("why was that one denied?", earlier).question


CHIRO_REFERRAL = Fact(case_number="CM16-0232182", item_index=1, decision="Upheld",
                      title="Referral to chiropractor for evaluation of low back pain and left groin pain")
ACUPUNCTURE_REST = Fact(case_number="CM17-0011703", item_index=5, decision="Upheld",
                        title="Acupuncture of the lumbar and cervical for two sessions")


def test_not_even_the_thing_after_several_letters_is_of_the_one_that_has_it():
    earlier = [Earlier(question="so nothing was approved for the 53 yo man?", kind="item",
                       items=(CHIRO_REFERRAL, LUMBAR_MRI, ACUPUNCTURE_REST))]
    got = resolve("not even the acupuncture?", earlier)
    assert got.question == "not even the acupuncture? [in case CM17-0011703]"
    assert got.carried == ("case: CM17-0011703, the one letter of the previous answer's with the acupuncture",)
    # (none of those letters has it: a question of its own; asked across letters: not of them)
    assert resolve("not even the TENS unit?", earlier).carried == ()
    assert "[in case" not in resolve("was acupuncture ever approved?", earlier).question
