"""Follow-ups read against the conversation (service.conversation): pure rules, no index."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve

LUMBAR = Fact(case_number="CM17-0005246", item_index=1, title="MRI of the lumbar spine", decision="Upheld",
              body_regions=("lumbar",))
CERVICAL = Fact(case_number="CM16-0242419", item_index=3, title="MRI of the cervical spine", decision="Upheld",
                body_regions=("cervical",))
KNEE_PT = Fact(case_number="CM16-0242419", item_index=1, title="Physical therapy 2x4 for the left knee",
               decision="Overturned", body_regions=("knee",))
OTHER_MRI = Fact(case_number="CM17-0012614", item_index=1, title="MRI of the lumbar spine without contrast",
                 decision="Upheld", body_regions=("lumbar",))


def after(question: str, *, items=(LUMBAR,), shown=(), kind="item") -> Earlier:
    return Earlier(question=question, items=tuple(items), shown=tuple(shown), kind=kind)


def test_a_question_that_stands_alone_is_left_as_asked():
    earlier = [after("Why was the lumbar MRI denied?")]
    for question in ("Why was acupuncture overturned in case CM16-0230548?", "How often is physical therapy upheld?",
                     "Which guideline section does IMR cite for cyclobenzaprine?"):
        got = resolve(question, earlier)
        assert (got.question, got.carried) == (question, ())
    assert resolve("What guideline did the reviewer cite for that?", []).carried == ()


def test_that_and_it_mean_the_item_of_the_previous_answer():
    earlier = [after("Was the lumbar MRI approved?")]
    got = resolve("What guideline did the reviewer cite for that?", earlier)
    assert got.question == "What guideline did the reviewer cite for the MRI of the lumbar spine in case CM17-0005246?"
    assert got.carried == ("item: MRI of the lumbar spine (case CM17-0005246), from the previous answer",)
    got = resolve("Why was it denied?", earlier)
    assert got.question == "Why was the MRI of the lumbar spine in case CM17-0005246 denied?"
    got = resolve("What did the reviewer find missing in his records?", earlier)
    assert got.question == ("What did the reviewer find missing in his records? "
                            "[the MRI of the lumbar spine in case CM17-0005246]")


def test_a_treatment_named_with_the_patient_carries_only_the_case():
    got = resolve("Was his Norco approved?", [after("Why was the lumbar MRI denied?")])
    assert got.question == "Was his Norco approved? [in case CM17-0005246]"
    assert got.carried == ("case: CM17-0005246, from the previous answer",)


def test_every_one_of_the_patients_requests_carries_the_case_not_the_item():
    # "did they deny both her tests?" after her MRI: each of her case's requests, not the MRI again
    got = resolve("did they deny both her tests?", [after("Why was the lumbar MRI denied?")])
    assert got.question == "did they deny both her tests? [in case CM17-0005246]"
    assert got.carried == ("case: CM17-0005246, from the previous answer",)
    got = resolve("none of his requests got approved?", [after("Why was the lumbar MRI denied?")])
    assert got.question == "none of his requests got approved? [in case CM17-0005246]"


def test_the_cervical_one_picks_that_item_among_those_shown():
    earlier = [after("Which spine MRIs were denied?", items=(LUMBAR, OTHER_MRI, CERVICAL), kind="list")]
    got = resolve("Why was the cervical one denied?", earlier)
    assert got.question == "Why was the MRI of the cervical spine in case CM16-0242419 denied?"
    assert got.carried == ("item: MRI of the cervical spine (case CM16-0242419), the cervical one in the previous answer",)
    got = resolve("and the approved one?", [after("What was decided in case CM16-0242419?", items=(CERVICAL, KNEE_PT))])
    assert got.question == ("What was decided in case CM16-0242419? "
                            "[the Physical therapy 2x4 for the left knee in case CM16-0242419]")
    got = resolve("What guideline was cited for the second one?", [after("x", items=(LUMBAR, CERVICAL), kind="list")])
    assert got.question == "What guideline was cited for the MRI of the cervical spine in case CM16-0242419?"


def test_the_other_case_repeats_the_previous_question_for_it():
    earlier = [after("Why was the lumbar MRI denied in case CM17-0005246?", shown=(CERVICAL, OTHER_MRI))]
    got = resolve("and in the other case?", earlier)
    # the other case with a lumbar MRI, not the first other case shown
    assert got.question == "Why was the lumbar MRI denied in case CM17-0012614?"
    assert got.carried == ("case: CM17-0012614, the other case in the previous answer",)
    # a chain: the follow-up of a follow-up stands on the resolved question
    earlier.append(after("and in the other case?", items=(OTHER_MRI,), shown=(LUMBAR,)))
    got = resolve("what about approvals?", earlier)
    assert got.question == "Why was the lumbar MRI approved in case CM17-0012614?"


def test_what_about_approvals_swaps_the_outcome_of_the_previous_question():
    earlier = [after("Why are lumbar MRI requests denied?", items=(LUMBAR, OTHER_MRI), kind="pattern")]
    got = resolve("What about approvals?", earlier)
    assert got.question == "Why are lumbar MRI requests approved?"
    assert got.carried == ("question: the previous one, for approvals",)
    got = resolve("and the upheld ones?", [after("In which cases was acupuncture overturned?", kind="list")])
    assert got.question == "In which cases was acupuncture upheld?"
    got = resolve("what about denials?", [after("Which acupuncture requests were non-certified?", kind="list")])
    assert got.question == "Which acupuncture requests were non-certified?"
    assert got.carried == ("outcome: denials, as in the previous question",)


def test_what_about_another_region_treatment_or_case():
    earlier = [after("Why was the lumbar MRI denied?")]
    got = resolve("what about the cervical spine?", earlier)
    assert got.question == "Why was the cervical spine MRI denied?"
    assert got.carried == ("question: the previous one, for the body region cervical spine",)
    got = resolve("And acupuncture?", earlier)
    assert got.question == "Why was the acupuncture denied?"
    got = resolve("how about case cm16 0242419?", earlier)
    assert got.question == "Why was the lumbar MRI denied? [in case CM16-0242419]"


def test_after_a_pattern_answer_that_means_its_topic():
    earlier = [after("How often is physical therapy for the knee upheld?", items=(KNEE_PT, CERVICAL), kind="count")]
    got = resolve("Which guideline do reviewers cite for that?", earlier)
    assert got.question == "Which guideline do reviewers cite for that? [knee physical therapy]"
    assert got.carried == ("topic: knee physical therapy, from the previous question",)


def test_nothing_to_lean_on_leaves_the_question_alone():
    earlier = [after("Why was ketamine denied?", items=(), kind="not_found")]
    got = resolve("Why was it denied?", earlier)
    assert (got.question, got.carried) == ("Why was it denied?", ())
    assert resolve("and in the other case?", [after("q", items=(LUMBAR,))]).carried == ()


def test_a_bare_question_of_reasons_guideline_or_reviewer_is_of_the_item_answered():
    # "why?", "what was missing?", "which guideline?" named nothing and were answered "Nothing in the indexed
    # letters answers this question"
    earlier = [after("the 28 yo woman's lumbar MRI - denied?")]
    for question in ("why?", "what was missing?", "what did the reviewer need to see?", "which guideline?",
                     "and why not?", "who decided?"):
        got = resolve(question, earlier)
        assert got.question == f"{question} [the MRI of the lumbar spine in case CM17-0005246]"
        assert got.carried == ("item: MRI of the lumbar spine (case CM17-0005246), from the previous answer",)
    # ... not a question of its own: a body part, or why asked of something else
    for question in ("why was the knee denied?", "what was missing for knees?"):
        assert resolve(question, earlier).carried == ()


def test_which_ones_after_a_count_lists_them():
    # "which ones?" after "how many MRIs were approved?" found nothing to answer
    earlier = [after("how many MRIs were denied?", items=(), kind="count"), after("and approved?", items=(), kind="count")]
    got = resolve("which ones?", earlier)
    assert (got.question, got.carried) == ("which MRIs were approved?",
                                           ("list: how many MRIs were approved?, the previous question",))
    assert resolve("list them", earlier[:1]).question == "which MRIs were denied?"
    # ... after an item answer, "which ones?" is no count's list
    assert not resolve("which ones?", [after("Why was the lumbar MRI denied?")]).question.startswith("which MRI")


def test_which_of_those_after_a_count_narrows_its_list():
    # "which of those were for the neck?" after "how many MRIs were denied?" asked every neck MRI, its outcome lost
    counted = [after("how many MRIs were denied?", items=(LUMBAR, CERVICAL, OTHER_MRI), kind="count")]
    got = resolve("which of those were for the neck?", counted)
    assert (got.question, got.carried) == ("which MRIs were denied, for the neck?",
                                           ("list: how many MRIs were denied?, the previous question",))
    listed = [after("which MRIs were denied?", items=(LUMBAR, CERVICAL, OTHER_MRI), kind="list")]
    assert resolve("which of those were lumbar?", listed).question == "which MRIs were denied, lumbar?"
    # ... and so does "which ones were ..." ("which ones were for the knee" was read as a new question: a knee injection)
    assert resolve("which ones were for the knee", counted).question == "which MRIs were denied, for the knee?"
    # ... an outcome alone, or nothing added, is read as before
    assert resolve("which of those were approved?", counted).question != "which MRIs were denied, approved?"
    assert resolve("which of those?", counted).question == "which of those? [MRIs]"
    # ... and after one letter's items, of that letter
    assert resolve("which of those were liquids?", [after("how many of her requests were denied?", kind="count")]
                   ).question == "which of those were liquids? [in case CM17-0005246]"


def test_any_of_it_after_one_request_is_of_the_patients_requests():
    got = resolve("was any of it approved?", [after("why was the lumbar MRI denied?")])
    assert got.question == "was any of it approved? [in case CM17-0005246]"


def test_a_fact_of_the_letter_asked_bare_is_of_the_item_answered():
    # "who was the reviewer" named nothing and was answered with another letter's reviewer
    earlier = [after("why was the lumbar MRI denied in CM17-0005246")]
    for question in ("who was the reviewer", "what kind of doctor was the reviewer", "what was the date of injury",
                     "what was the decision date"):
        got = resolve(question, earlier)
        assert got.question.endswith(" [the MRI of the lumbar spine in case CM17-0005246]"), question
    # ... not of a patient told anew
    assert resolve("who was the reviewer for the 46 yo man?", earlier).carried == ()


def test_they_after_two_items_of_one_letter_is_both():
    x_rays = (Fact(case_number="CM17-0011703", item_index=2, title="Cervical spine x-rays", decision="Upheld"),
              Fact(case_number="CM17-0011703", item_index=3, title="Lumbar spine x-rays", decision="Upheld"))
    got = resolve("why were they denied", [after("which of those were x-rays", items=x_rays)])
    assert got.question == "why were they denied [the Cervical spine x-rays and the Lumbar spine x-rays in case CM17-0011703]"
    assert got.carried == ("items: Cervical spine x-rays, Lumbar spine x-rays (case CM17-0011703), from the previous answer",)
    # ... and one item before is that one
    assert resolve("why were they denied", [after("the lumbar MRI?")]).question == (
        "why were they denied [the MRI of the lumbar spine in case CM17-0005246]")


def test_her_past_care_after_her_item_carries_the_item():
    # "did she have x-rays first?" after her shoulder MRI: the x-rays are looked for beside that item, not a request of
    # her case (which has none)
    got = resolve("did she have x-rays first", [after("the 28 yo woman's lumbar MRI")])
    assert got.question == "did she have x-rays first [the MRI of the lumbar spine in case CM17-0005246]"


def test_why_denied_after_a_term_is_of_the_thing_in_the_case_told_before():
    # "CM17-0013625" || "what is Tabradol" || "why denied" answered another letter's thoracic MRI
    earlier = [after("CM17-0013625", kind="item"), Earlier(question="what is Tabradol", kind="term")]
    got = resolve("why denied", earlier)
    assert got.question == "why denied [the Tabradol in case CM17-0013625]"
    assert got.carried == ("item: the Tabradol in case CM17-0013625, from the previous question",)
    # ... and "why denied" bare after an item answer is of that item
    assert resolve("why denied", [after("the 28 yo woman's lumbar MRI")]).question == (
        "why denied [the MRI of the lumbar spine in case CM17-0005246]")


def test_a_fact_added_bare_after_an_item_is_that_fact_of_its_letter():
    # "and the UR denial date" after "what was the date of injury" was the previous question "for denials"
    earlier = [after("the 28 yo woman's lumbar MRI"), after("what was the date of injury")]
    for question, asked in (("and the UR denial date", "what was the UR denial date?"),
                            ("and the decision date?", "what was the decision date?"),
                            ("what about the reviewer?", "who was the reviewer?")):
        got = resolve(question, earlier)
        assert got.question == f"{asked} [the MRI of the lumbar spine in case CM17-0005246]", question


def test_the_same_asked_of_another_patient_told_by_age():
    # "and the 28 year old woman's?" after the 29 year old woman's lumbar MRI: that MRI, of the patient told now
    got = resolve("and the 28 year old woman's?", [after("was the 29 year old woman's lumbar MRI approved?")])
    assert got.question == "was the 28 year old woman's lumbar MRI approved?"
    assert got.carried == ("question: the previous one, for the 28 year old woman (another patient, of another age)",)
    got = resolve("what about the 54 yo woman?", [after("was the naproxen approved for the 45 year old woman?")])
    assert got.question == "was the naproxen approved for the 54 yo woman?"


def test_another_patient_told_with_another_treatment():
    # "same for the 57 year old's epidurals?" after the 34 yo man's facet injections: the patient and the treatment told
    # now, not epidurals in the first patient's letter
    earlier = [after("why were the 34 yo man's facet injections denied?")]
    got = resolve("same for the 57 year old's epidurals?", earlier)
    assert got.question == "why were the 57 year old's epidurals injections denied?"
    assert got.carried == ("question: the previous one, for the 57 year old's epidurals",)
    got = resolve("and the 25 yo woman's acupuncture?", [after("was the 46 yo man's PT approved?")])
    assert got.question == "was the 25 yo woman's acupuncture approved?"


def test_why_only_partly_asks_why_of_the_item_before():
    # "why only partly?" after a request UR partly authorised: why, of that item (not a search of its own)
    for question in ("why only partly?", "why just some?", "so why only partially?"):
        got = resolve(question, [after("was the lumbar MRI approved?")])
        assert got.question == f"{question} [the MRI of the lumbar spine in case CM17-0005246]", question


def test_another_patient_told_with_the_same_treatment_said_again():
    # "and the other woman with naproxen, the 45 year old?": the patient is what is new, the naproxen the one asked
    earlier = [after("the 54 yo woman with the naproxen - denied?")]
    got = resolve("and the other woman with naproxen, the 45 year old?", earlier)
    assert got.question == "the 45 year old woman with the naproxen - denied?"
    assert got.carried == ("question: the previous one, for the 45 year old woman",)
    assert resolve("and the 45 year old's naproxen?", earlier).question == "the 45 year old with the naproxen - denied?"



def test_the_described_item_drops_the_words_of_the_item_before():
    l4 = Fact(case_number="CM17-0005418", item_index=1, title="Right L4 transforaminal epidural steroid injection",
              decision="Upheld", body_regions=("lumbar",))
    l5 = Fact(case_number="CM17-0005418", item_index=2, title="Right L5 transforaminal epidural steroid injection",
              decision="Upheld", body_regions=("lumbar",))
    got = resolve("and the L5 one?", [after("was the right L4 epidural approved?", items=(l4,), shown=(l5,))])
    assert got.question == ("was the right epidural approved? "
                            "[the Right L5 transforaminal epidural steroid injection in case CM17-0005418]")


def test_the_one_told_by_its_purpose_picks_that_item_among_those_shown():
    # "the sleep one" is the one for sleep (Dicopanol, a sleep aid); "the stomach one" the acid pill
    liquids = [Fact(case_number="CM17-0013625", item_index=n, title=t, decision="Upheld") for n, t in (
        (2, "Fanatrex 25mg/ml oral suspension 420ml"), (3, "Dicopanol 5mg/ml oral suspension, 150ml"),
        (4, "Deprizine 15mg/ml oral suspension, 250ml"), (5, "Tabradol 1mg/ml oral suspension, 250ml"))]
    earlier = [after("her doctor gave her a whole bunch of liquid medicines", items=liquids)]
    got = resolve("what about the sleep one, did they approve that", earlier)
    assert got.question == ("what about the Dicopanol 5mg/ml oral suspension, 150ml in case CM17-0013625, "
                            "did they approve that")
    assert got.carried == ("item: Dicopanol 5mg/ml oral suspension, 150ml (case CM17-0013625), the sleep one in the "
                           "previous answer",)
    assert "Deprizine" in resolve("and the stomach one?", earlier).question


def test_what_to_do_next_after_an_item_is_of_that_item():
    earlier = [after("they denied his therapy for the neck")]
    for question in ("so what do we do now", "what can he do next?", "now what?", "what are our options"):
        got = resolve(question, earlier)
        assert got.question == f"{question} [the MRI of the lumbar spine in case CM17-0005246]", question
    # ... not a question of its own that goes on
    assert resolve("what do we do now about the acupuncture in CM16-0230548?", earlier).carried == ()


def test_another_body_part_after_a_case_given_by_the_conversation_stays_in_that_case():
    # "CM17-0010362" || "why was the neck PT denied?" || "and the low back?" answered another patient's low back PT
    neck = Fact(case_number="CM17-0010362", item_index=1, title="Physical therapy for the cervical spine 2 times a week",
                decision="Upheld", body_regions=("cervical",))
    back = Fact(case_number="CM17-0010362", item_index=2, title="Physical therapy for the lumbar spine 2 times a week",
                decision="Upheld", body_regions=("lumbar",))
    letter = Earlier(question="CM17-0010362", items=(back, neck), kind="item", letter=(neck, back))
    asked = Earlier(question="why was the neck PT denied?", items=(neck,), kind="item", letter=(neck, back))
    got = resolve("and the low back?", [letter, asked])
    assert got.question == "why was the low back PT denied? [in case CM17-0010362]"
    assert got.carried == ("question: the previous one, for the body region low back",)
    # ... but a question that gave no case is asked anew of the new part
    got = resolve("and the cervical?", [after("why was the lumbar MRI denied?")])
    assert got.question == "why was the cervical MRI denied?"


NCS = Fact(case_number="CM17-0009887", item_index=1, title="NCS of the left upper extremity", decision="Upheld",
           body_regions=("upper_extremity",))
EMG = Fact(case_number="CM17-0009887", item_index=2, title="EMG of the left upper extremity", decision="Upheld",
           body_regions=("upper_extremity",))
SHOULDER_MRI = Fact(case_number="CM17-0002106", item_index=1, title="MRI of the left shoulder", decision="Upheld",
                    body_regions=("shoulder",))
HEAD_CT = Fact(case_number="CM17-0002106", item_index=3, title="CT scan of the head", decision="Upheld",
               body_regions=("head",))
TENS = Fact(case_number="CM16-0248471", item_index=1, title="TENS unit", decision="Upheld", body_regions=())


def test_the_other_of_a_kind_named_is_the_previous_answers_other_item():
    # "the other test" after one of two nerve studies (tune nat-4207): the other one, as "the other one" is
    got = resolve("and the other test?", [after("46 yo woman with a numb arm - they denied the NCS", items=(NCS,), shown=(EMG,))])
    assert got.question == "46 yo woman with a numb arm - they denied the [the EMG of the left upper extremity in case CM17-0009887]"
    assert got.carried == ("item: EMG of the left upper extremity (case CM17-0009887), the other item in the previous answer",)
    # ... of the kind named first: "the other scan" is the letter's MRI, not the TENS unit shown before it
    got = resolve("why was the other scan denied?", [after("CM17-0002106 head CT", items=(HEAD_CT,), shown=(TENS, SHOULDER_MRI))])
    assert got.question == "why was the MRI of the left shoulder in case CM17-0002106 denied?"
    # "other" with no "the" names no kind: "any other test" asks of the letter, no other item
    assert resolve("any other test done?", [after("q", items=(NCS,), shown=(EMG,))]).carried == ()


TINGLING_NECK_MRI = Fact(case_number="CM16-0245128", item_index=1, title="MRI of the cervical spine without contrast",
                         decision="Upheld", body_regions=("cervical",))


def test_a_body_part_told_as_the_patients_stays_in_their_letter():
    # tune nat probe: "what about her wrist?" answered another 37-year-old woman's wrist braces
    earlier = [after("my sister 37 with the tingling face", items=(TINGLING_NECK_MRI,))]
    got = resolve("what about her wrist?", earlier)
    assert got.question == "what about her wrist? [in case CM16-0245128]"
    assert got.carried == ("case: CM16-0245128, from the previous answer (the wrist told as the patient's)",)
    assert resolve("and his left knee?", earlier).question == "and his left knee? [in case CM16-0245128]"
    # ... not a part told with no one's, another patient, or a treatment (read by the rules for those)
    assert resolve("what about the wrist?", earlier).question != "what about the wrist? [in case CM16-0245128]"
    assert "CM16-0245128" not in resolve("what about the 28 yo woman's wrist?", earlier).question
    # ... nor after a treatment asked, asked again of the part (nat-3610)
    got = resolve("and for his neck?", [after("did IMR approve PT for his low back for the 54 yo man?", items=(LUMBAR,))])
    assert not got.question.endswith("[in case CM17-0005246]")


def test_the_other_one_leaves_the_lay_words_for_the_first_ones_body_part() -> None:
    neck = Fact(case_number="CM17-0010362", item_index=1, title="Physical therapy for the cervical spine 2 times a week "
                "for 3 weeks", decision="Upheld", body_regions=("cervical",))
    back = Fact(case_number="CM17-0010362", item_index=2, title="Physical therapy for the lumbar spine 2 times a week "
                "for 3 weeks", decision="Upheld", body_regions=("lumbar",))
    got = resolve("and the other one?", [after("CM17-0010362 neck PT", items=(neck,), shown=(neck, back))])
    # the lumbar PT, not "neck" beside it
    assert got.question == ("CM17-0010362 PT [the Physical therapy for the lumbar spine 2 times a week for 3 weeks "
                            "in case CM17-0010362]")


L4_ESI = Fact(case_number="CM17-0005418", item_index=1, title="Right L4 transforaminal epidural steroid injection",
              decision="Upheld", body_regions=("lumbar",))
L5_ESI = Fact(case_number="CM17-0005418", item_index=2, title="Right L5 transforaminal epidural steroid injection",
              decision="Upheld", body_regions=("lumbar",))


def test_them_at_the_end_after_two_items_means_each_of_them():
    # "so he can't get them?" after his two injections: both, not the first alone
    got = resolve("so he can't get them?", [after("57 yo man with the epidurals", items=(L4_ESI, L5_ESI))])
    assert got.question == ("so he can't get them? [the Right L4 transforaminal epidural steroid injection and the "
                            "Right L5 transforaminal epidural steroid injection in case CM17-0005418]")
    got = resolve("so he can't get them?", [after("57 yo man's L4 epidural", items=(L4_ESI,))])
    assert got.question == "so he can't get the Right L4 transforaminal epidural steroid injection in case CM17-0005418?"


def test_what_may_be_done_now_and_why_ur_said_no_are_of_the_item_before():
    earlier = [after("the lumbar MRI")]
    got = resolve("can we appeal again?", earlier)
    assert got.question == "can we appeal again? [the MRI of the lumbar spine in case CM17-0005246]"
    got = resolve("why did UR say no in the first place?", earlier)
    assert got.question == "why did UR say no in the first place? [the MRI of the lumbar spine in case CM17-0005246]"


def test_something_else_first_is_of_the_item_not_the_other_requests():
    # "was he supposed to try something else first?" after his surgery answered his other requests
    surgery = Fact(case_number="CM17-0006797", item_index=1, title="Right Shoulder Arthroscopy", decision="Upheld")
    got = resolve("was he supposed to try something else first?", [after("CM17-0006797 shoulder scope denied",
                                                                         items=(surgery,))])
    assert got.question == "was he supposed to try something else first? [the Right Shoulder Arthroscopy in case CM17-0006797]"
    # ... while "what else did he get?" is of his other requests
    assert "besides" in resolve("what else did he get?", [after("CM17-0006797 shoulder scope denied", items=(surgery,))]
                                ).question


def test_was_there_any_asked_bare_is_of_the_item_answered():
    # "was there any red flag?" after a lumbar MRI answer found nothing
    got = resolve("was there any red flag?", [after("CM17-0005246 lumbar MRI denied")])
    assert got.question == "was there any red flag? [the MRI of the lumbar spine in case CM17-0005246]"


def test_a_bare_question_after_two_items_told_is_of_both():
    # "what pages?" after "CM16-0234464 cervical and lumbar MRI" (both answered) gave the lumbar MRI's alone
    mris = (Fact(case_number="CM16-0234464", item_index=2, title="Single positional MRI of the lumbar spine", decision="Upheld"),
            Fact(case_number="CM16-0234464", item_index=1, title="Single positional MRI of the cervical spine", decision="Upheld"))
    got = resolve("what pages?", [after("CM16-0234464 cervical and lumbar MRI", items=mris)])
    assert got.question == ("what pages? [the Single positional MRI of the lumbar spine and the Single positional MRI of "
                            "the cervical spine in case CM16-0234464]")
    # ... and one treatment told, with two items shown, is the main one
    assert resolve("what pages?", [after("CM16-0234464 lumbar MRI", items=mris)]).question == (
        "what pages? [the Single positional MRI of the lumbar spine in case CM16-0234464]")


def test_a_part_told_among_several_is_that_item_of_the_letter():
    # "my husband is 54, his neck and back PT got denied" || "what about his back?" read "his his and back PT"
    neck = Fact(case_number="CM17-0010362", item_index=1, title="Physical therapy for the cervical spine 2 times a week for 3 weeks",
                decision="Upheld", body_regions=("cervical",))
    back = Fact(case_number="CM17-0010362", item_index=2, title="Physical therapy for the lumbar spine 2 times a week for 3 weeks",
                decision="Upheld", body_regions=("lumbar",))
    earlier = [Earlier(question="my husband is 54, his neck and back PT got denied", items=(neck, back), kind="item",
                       letter=(neck, back))]
    got = resolve("what about his back?", earlier)
    assert got.question == ("what about the Physical therapy for the lumbar spine 2 times a week for 3 weeks in case "
                            "CM17-0010362?")


def test_a_body_part_asked_of_the_item_before_that_it_is_not_for_asks_its_kind_there():
    # "was it for his knee?" after his lumbar MRI: an MRI of his knee in that case (which it may lack), not the lumbar
    # MRI with "knee" beside it
    earlier = [after("CM17-0005246 the MRI")]
    got = resolve("was it for his knee?", earlier)
    assert got.question == "was the MRI in case CM17-0005246 for his knee?"
    assert got.carried == ("item kind: MRI (case CM17-0005246), from the previous answer, asked for another body part",)
    got = resolve("and is that for her neck?", [after("CM16-0242419 PT", items=(KNEE_PT,))])
    assert got.question == "and is the physical therapy in case CM16-0242419 for her neck?"
    # ... the item's own part: the item, as before
    got = resolve("was it for his low back?", earlier)
    assert got.question == "was the MRI of the lumbar spine in case CM17-0005246 for his low back?"


def test_how_many_with_an_outcome_after_a_count_is_the_part_of_that_count():
    # "how many requests did the 53 yo man have?" || "how many were approved?" counted the whole index's approvals
    earlier = [after("how many requests did the 53 yo man have", items=(LUMBAR,), kind="count")]
    got = resolve("how many were approved?", earlier)
    assert got.question == "how many requests did the 53 yo man have, and how many were approved?"
    assert got.carried == ("count: how many requests did the 53 yo man have, the previous question",)
    assert resolve("and how many got denied", earlier).question == (
        "how many requests did the 53 yo man have, and how many got denied")
    # ... not after a count that already has an outcome, nor after an item answer
    assert resolve("how many were denied?", [after("how many MRIs were approved", kind="count")]).carried == ()
    assert resolve("how many were approved?", [after("was the lumbar MRI denied?")]).question == "how many were approved?"


def test_how_many_of_the_patients_requests_after_one_of_them_is_of_their_case():
    # "the 37 yo woman with the TENS" || "how many things were denied?" counted the whole index's denials
    earlier = [after("the 37 yo woman with the TENS")]
    got = resolve("how many things were denied?", earlier)
    assert got.question == "how many things were denied? [in case CM17-0005246]"
    assert got.carried == ("case: CM17-0005246, from the previous answer",)
    assert resolve("and how many of her requests were approved?", earlier).question == (
        "and how many of her requests were approved? [in case CM17-0005246]")
    # ... not a count across letters, nor a quantity of the item
    assert resolve("how many MRIs were denied overall?", earlier).carried == ()
    assert resolve("how many sessions did she get?", earlier).question != "how many sessions did she get? [in case CM17-0005246]"


def test_how_many_with_an_outcome_after_a_letter_asked_of_no_kind_is_of_its_case():
    # "CM16-0231745 what was denied?" || "how many were approved?" counted the whole index's approvals
    earlier = [after("the 37 yo woman - what was denied?")]
    got = resolve("how many were approved?", earlier)
    assert got.question == "how many were approved? [in case CM17-0005246]"
    assert got.carried == ("case: CM17-0005246, from the previous answer",)
    assert resolve("and how many got denied", earlier).question == "and how many got denied [in case CM17-0005246]"
    # ... not after a kind named ("was the lumbar MRI denied?" || "how many were approved?" may count MRIs)
    assert resolve("how many were approved?", [after("the 37 yo woman's MRI - was it denied?")]).carried == ()


def test_what_the_request_was_for_is_asked_of_the_item_before():
    # "which levels?" after the facet injections stood alone: "Nothing in the indexed letters answers this question"
    facets = Fact(case_number="CM16-0219557", item_index=1, title="Facet joint injections L4-5, L5-S1", decision="Upheld",
                  body_regions=("lumbar",))
    # ... or what of them: "which level was worse?", "which levels were they for?"
    for question in ("which levels?", "what dose?", "and which side?", "which level was worse?",
                     "which levels were they for?"):
        got = resolve(question, [after("CM16-0219557 facet injections", items=(facets,))])
        assert got.question == f"{question} [the Facet joint injections L4-5, L5-S1 in case CM16-0219557]"
        assert got.carried == ("item: Facet joint injections L4-5, L5-S1 (case CM16-0219557), from the previous answer",)


def test_a_part_asked_after_a_described_patient_keeps_the_letter_answered():
    # "37 yo woman thoracic MRI denied?" || "and her neck?" listed both 37-year-old women's cervical MRIs: the thoracic
    # MRI had settled which patient it is
    thoracic = Fact(case_number="CM17-0016204", item_index=2, title="MRI Thoracic Spine", decision="Upheld",
                    body_regions=("thoracic",))
    neck = Fact(case_number="CM17-0016204", item_index=1, title="MRI Cervical Spine", decision="Upheld",
                body_regions=("cervical",))
    earlier = [Earlier(question="37 yo woman thoracic MRI denied?", items=(thoracic,), letter=(neck, thoracic), kind="item")]
    got = resolve("and her neck?", earlier)
    # (the first question's "denied?" claimed of it too: its answer opens with the yes or no again)
    assert got.question == "was the MRI Cervical Spine in case CM17-0016204 denied?"
    assert got.carried == ("item: MRI Cervical Spine (case CM17-0016204), the neck one of the previous answer's letter",)


def test_a_next_thing_alone_keeps_the_outcome_the_previous_question_claimed():
    # "37 yr old woman lumbar support denied?" || "what about the wrist braces?": denied? of the braces too
    support = Fact(case_number="CM16-0248471", item_index=4, title="Lumbar support", decision="Upheld",
                   body_regions=("lumbar",))
    braces = Fact(case_number="CM16-0248471", item_index=5, title="Wrist braces #2", decision="Upheld",
                  body_regions=("wrist",))
    denied = [Earlier(question="37 yr old woman lumbar support denied?", items=(support,), letter=(support, braces),
                      kind="item")]
    assert resolve("what about the wrist braces?", denied).question == "were the wrist braces denied? [in case CM16-0248471]"
    approved = [Earlier(question="was the lumbar support approved for the 37 yo woman?", items=(support,),
                        letter=(support, braces), kind="item")]
    assert resolve("and the wrist brace?", approved).question == "was the wrist brace approved? [in case CM16-0248471]"
    # ... not when the previous question claimed none, nor when the follow-up asks its own
    why = [Earlier(question="why was the lumbar support denied for the 37 yo woman?", items=(support,),
                   letter=(support, braces), kind="item")]
    assert resolve("and the wrist braces?", why).question == "and the wrist braces? [in case CM16-0248471]"
    assert resolve("and why were the wrist braces denied?", denied).question.startswith("and why were the wrist braces")


def test_a_part_of_other_kinds_keeps_the_letter_and_its_group_first():
    # "53 yo man lumbar MRI" || "what about his neck?": his cervical x-rays and CT (imaging), not the other 53-year-old
    # man's cervical MRI, nor his acupuncture of the neck
    mri = Fact(case_number="CM17-0011703", item_index=1, title="MRI of the lumbar spine", body_regions=("lumbar",))
    xray = Fact(case_number="CM17-0011703", item_index=2, title="Cervical spine x-rays", body_regions=("cervical",))
    ct = Fact(case_number="CM17-0011703", item_index=4, title="CT scan of the cervical spine", body_regions=("cervical",))
    acu = Fact(case_number="CM17-0011703", item_index=5, title="Acupuncture of the lumbar and cervical for two sessions",
               body_regions=("lumbar", "cervical"))
    earlier = [Earlier(question="53 yo man lumbar MRI", items=(mri,), letter=(mri, xray, ct, acu), kind="item")]
    got = resolve("what about his neck?", earlier)
    assert got.question == ("what about the Cervical spine x-rays and the CT scan of the cervical spine in case "
                            "CM17-0011703?")
    # ... but a question of no patient, asked of no one ("what about the cervical spine?"), is the previous one again
    plain = [Earlier(question="Why was the lumbar MRI denied?", items=(mri,), letter=(mri, xray, ct, acu), kind="item")]
    assert resolve("what about the cervical spine?", plain).question == "Why was the cervical spine MRI denied?"


def test_a_fact_asked_of_them_after_a_list_is_of_each_letter_listed():
    # "which neck MRIs were approved?" || "who reviewed them?": the two approved, not the topic's letters found anew
    listed = (Fact(case_number="CM16-0246624", item_index=1, title="MRI scan of the cervical spine", decision="Overturned"),
              Fact(case_number="CM16-0235724", item_index=1, title="Cervical MRI", decision="Overturned"))
    earlier = [Earlier(question="which neck MRIs were approved?", items=listed, kind="list")]
    got = resolve("who reviewed them?", earlier)
    assert got.question == ("who reviewed them? [the MRI scan of the cervical spine in case CM16-0246624 and the Cervical "
                            "MRI in case CM16-0235724]")
    # ... one letter's fact asked with no plural is not of them all, nor is a why
    assert not resolve("why?", earlier).question.startswith("why? [the MRI scan")


def test_the_others_of_a_kind_in_the_plural_are_each_of_the_letters_others():
    # "CM16-0234464 cyclobenzaprine" || "and the other meds?": its diclofenac and lidocaine ointment, not its MRIs, and
    # not the cyclobenzaprine again
    letter = tuple(Fact(case_number="CM16-0234464", item_index=n, title=t, decision="Upheld") for n, t in enumerate((
        "Single positional MRI of the cervical spine", "Diclofenac ER 100mg #60", "Cyclobenzaprine 7.5mg #27",
        "Lidocaine ointment 5% 106.32gm"), start=1))
    earlier = [Earlier(question="CM16-0234464 cyclobenzaprine", items=(letter[2],), kind="item", letter=letter)]
    assert resolve("and the other meds?", earlier).question == (
        "and the other meds? [the Diclofenac ER 100mg #60 and the Lidocaine ointment 5% 106.32gm in case CM16-0234464]")
    # ... one other of the kind is "the other one"'s to resolve: none here
    one = [Earlier(question="CM16-0234464 neck MRI", items=(letter[0],), kind="item", letter=letter)]
    assert not resolve("and the other scans?", one).question.startswith("and the other scans? [the")


def test_how_many_there_were_counts_the_kind_asked_before_in_its_letter():
    # "... were the x-rays denied?" || "how many were there?": the x-rays of that letter, not every item in the index
    earlier = [after("CM17-0005246 - were the x-rays denied?")]
    for question in ("how many were there?", "and how many of them?", "how many did she have in total?"):
        got = resolve(question, earlier)
        assert got.question == "how many x-rays were there? [in case CM17-0005246]", question
        assert got.carried == ("count: the x-rays of case CM17-0005246, from the previous question",)
    # ... with no kind asked before, the letter's requests; a kind named now is counted as asked (not this rule)
    assert resolve("how many were there?", [after("CM17-0005246 - anything denied?")]).question == (
        "how many requests were there? [in case CM17-0005246]")
    assert resolve("how many MRIs were there?", earlier).question != "how many x-rays were there? [in case CM17-0005246]"


def test_what_about_another_drug_replaces_the_one_asked_not_the_one_that_tells_who():
    tramadol = Fact(case_number="CM17-0017734", item_index=1, title="Tramadol 50mg #60", decision="Upheld")
    earlier = [Earlier(question="the 40 year old on tramadol, did she ask for Lyrica too?", shown=(tramadol,),
                       kind="not_found")]
    got = resolve("what about gabapentin?", earlier)
    assert got.question == "the 40 year old on tramadol, did she ask for gabapentin too?"
    assert got.carried == ("question: the previous one, for the treatment gabapentin",)
    # ... and the one asked, when no other is told
    assert resolve("what about the PT?", [after("why was the lumbar MRI denied?")]).question == "why was the PT denied?"


def test_the_patients_doctor_or_exam_asked_after_an_item_is_of_that_item():
    hip = Fact(case_number="CM16-0248655", item_index=1, title="MRI without contrast of the right hip", decision="Upheld",
               body_regions=("hip",))
    earlier = [after("61 yo woman right hip MRI - denied?", items=(hip,))]
    got = resolve("what did the doctor find on exam?", earlier)
    assert got.question == "what did the doctor find on exam? [the MRI without contrast of the right hip in case CM16-0248655]"
    # ... not the reviewers in general
    assert resolve("which doctor reviewers deny the most?", earlier).question == "which doctor reviewers deny the most?"


def test_a_part_told_as_the_patients_own_stays_in_the_letter_answered():
    # "the 48 yo man's elbow MRI" || "what about his knee?": his letter (which has no knee request), not a 47-year-old
    # man's knee MRI that the description also fits
    elbow = Fact(case_number="CM16-0242302", item_index=1, title="MRI without contrast of the right elbow",
                 decision="Upheld", body_regions=("elbow",))
    earlier = [Earlier(question="the 48 yo man's elbow MRI", items=(elbow,), letter=(elbow,), kind="item")]
    got = resolve("what about his knee?", earlier)
    assert got.question == "the 48 yo man's his knee MRI [in case CM16-0242302]"
    assert got.carried == ("question: the previous one, for the body region his knee",)
    # ... not a part told without the patient's own word ("what about the knee?" may ask across letters)
    assert resolve("what about the knee?", earlier).question == "the 48 yo man's knee MRI"


def test_both_asked_after_two_answers_is_their_two_items():
    # "the 50 yo woman's neck PT" || "and the acupuncture?" || "were both approved?": not a request named "both"
    pt = Fact(case_number="CM17-0010885", item_index=2, title="Additional physical therapy for the neck",
              decision="Overturned", body_regions=("cervical",))
    acu = Fact(case_number="CM17-0010885", item_index=1, title="Initial acupuncture for the neck", decision="Overturned",
               body_regions=("cervical",))
    other = Fact(case_number="CM17-0006045", item_index=1, title="Eight physical therapy sessions for the neck",
                 decision="Upheld", body_regions=("cervical",))
    # ... the first answer fitted two 50-year-old women: the one of the last answer's letter
    earlier = [after("the 50 yo woman's neck PT", items=(pt, other)), after("and the acupuncture?", items=(acu,))]
    for question in ("were both approved?", "were they both approved?", "both of them approved?"):
        got = resolve(question, earlier)
        assert got.question == (f"{question} [the Additional physical therapy for the neck and the Initial acupuncture "
                                "for the neck in case CM17-0010885]")
        assert got.carried == ("items: Additional physical therapy for the neck (case CM17-0010885); Initial acupuncture "
                               "for the neck (case CM17-0010885), from the last two answers",)
    # ... of two letters, each named with its case
    got = resolve("both denied?", [after("the 46 yo man's PT", items=(other,)), after("and the acupuncture?", items=(acu,))])
    assert got.question == ("both denied? [the Eight physical therapy sessions for the neck in case CM17-0006045 and the "
                            "Initial acupuncture for the neck in case CM17-0010885]")
    # ... not with a treatment named, nor after one answer
    assert "[" not in resolve("were both MRIs approved?", earlier).question
    assert resolve("were both approved?", earlier[1:]).carried != got.carried


def test_the_guy_with_another_thing_is_a_new_patient_asked_alone():
    before = [Earlier(question="why was the 34 yo man's neck MRI denied?", items=(CERVICAL,), kind="item")]
    got = resolve("and the guy with the elbow?", before)
    assert got.question == "the guy with the elbow?"
    assert got.carried == ("patient: the guy with the elbow, told anew (not the previous one)",)
    got = resolve("what about the woman with the shoulder MRI, 62?", before)
    assert got.question == "the woman with the shoulder MRI, 62?"
    assert resolve("and his knee?", before).question != "his knee?"


def test_a_correction_naming_the_x_ones_is_the_item_of_the_kind_answered():
    cervical = Fact(case_number="CM17-0011703", item_index=1, title="Cervical spine x-rays", decision="Upheld",
                    body_regions=("cervical",))
    mri = Fact(case_number="CM17-0011703", item_index=0, title="MRI of the lumbar spine", decision="Upheld",
               body_regions=("lumbar",))
    x_rays = Fact(case_number="CM17-0011703", item_index=2, title="Lumbar spine x-rays", decision="Upheld",
                  body_regions=("lumbar",))
    earlier = [Earlier(question="the 53 yo man's cervical x-rays", items=(cervical,), shown=(mri, x_rays), kind="item")]
    for question in ("no, the lumbar ones", "no, the lumbar one"):
        got = resolve(question, earlier)
        assert got.question == "no, the Lumbar spine x-rays in case CM17-0011703", question


def test_they_after_the_reviewer_was_told_is_that_reviewer():
    hip = Fact(case_number="CM16-0248655", item_index=0, title="MRI without contrast of the right hip", decision="Upheld",
               body_regions=("hip",))
    earlier = [Earlier(question="the 61 yo woman's hip MRI", items=(hip,), kind="item"),
               Earlier(question="who reviewed it?", items=(hip,), kind="item")]
    got = resolve("were they an orthopedist?", earlier)
    assert got.question == "was the reviewer an orthopedist? [the MRI without contrast of the right hip in case CM16-0248655]"
    got = resolve("what kind of doctor?", earlier)
    assert got.question == "what kind of doctor was the reviewer? [the MRI without contrast of the right hip in case CM16-0248655]"
    assert "reviewer" not in resolve("were they approved?", earlier).question


def test_why_not_more_after_urs_part_is_of_the_item_answered():
    aide = Fact(case_number="CM16-0249735", item_index=0, title="Home aide 6 hours per day", decision="Upheld")
    earlier = [after("the 43 yo man's home aide", items=(aide,)), after("how many hours did UR give?", items=(aide,))]
    got = resolve("why not more?", earlier)
    assert got.question == "why not more? [the Home aide 6 hours per day in case CM16-0249735]"


def test_a_detail_asked_by_its_definite_name_alone_is_of_the_item_just_answered():
    tramadol = Fact(case_number="CM17-0017734", item_index=1, title="Tramadol 50mg #60", decision="Upheld")
    earlier = [after("the tramadol for the 40 year old woman was approved right?", items=(tramadol,))]
    got = resolve("what were the 2 conditions?", earlier)
    assert got.question == "what were the 2 conditions? [the Tramadol 50mg #60 in case CM17-0017734]"
    assert got.carried == ("item: Tramadol 50mg #60 (case CM17-0017734), from the previous answer",)
    # ... but a question across letters, of another patient, or of an outcome stands alone
    for question in ("what are the most common denials?", "what was the 45 yo man's outcome?",
                     "what were the approved ones?"):
        assert resolve(question, earlier).question == question


def test_the_items_just_answered_set_against_each_other_are_both_asked_of():
    neck = Fact(case_number="CM17-0010362", item_index=1, title="Physical therapy for the cervical spine", decision="Upheld",
                body_regions=("cervical",))
    back = Fact(case_number="CM17-0010362", item_index=2, title="Physical therapy for the lumbar spine", decision="Upheld",
                body_regions=("lumbar",))
    earlier = [Earlier(question="54 yo man, his neck PT and back PT, what happened?", items=(neck, back), kind="item",
                       letter=(neck, back))]
    for question in ("which one was closer to being approved?", "so which had the better chance?"):
        got = resolve(question, earlier)
        assert got.question == (f"{question} [the Physical therapy for the cervical spine and the Physical therapy for "
                                "the lumbar spine in case CM17-0010362]")
    # ... one item answered: no two to set against each other
    assert resolve("which one was closer to being approved?", earlier[:0] + [Earlier(
        question="54 yo man, his neck PT?", items=(neck,), kind="item", letter=(neck,))]).question == (
        "which one was closer to being approved?")


def test_same_reason_asked_of_three_items_just_answered_is_of_all_three():
    mris = tuple(Fact(case_number="CM16-0234464", item_index=n, title=f"Single positional MRI of the {part}",
                      decision="Upheld") for n, part in enumerate(("cervical spine", "lumbar spine", "right hand"), 1))
    earlier = [Earlier(question="the 33 yo man's MRIs", items=mris, kind="item", letter=mris)]
    got = resolve("were all three denied for the same reason?", earlier)
    assert got.question == ("were all three denied for the same reason? [the Single positional MRI of the cervical spine "
                            "and the Single positional MRI of the lumbar spine and the Single positional MRI of the right "
                            "hand in case CM16-0234464]")


def test_any_different_said_of_the_items_answered_stays_on_their_letter():
    ncs = Fact(case_number="CM17-0009887", item_index=1, title="NCS of the left upper extremity", decision="Upheld")
    emg = Fact(case_number="CM17-0009887", item_index=2, title="EMG of the left upper extremity", decision="Upheld")
    earlier = [Earlier(question="the 46 yo woman's nerve tests", items=(ncs, emg), kind="item", letter=(ncs, emg))]
    assert resolve("was the EMG any different from the NCS?", earlier).question == (
        "was the EMG any different from the NCS? [in case CM17-0009887]")
    # ... "any" before a thing is still asked across letters
    assert resolve("any EMGs approved?", earlier).question == "any EMGs approved?"


def test_the_first_or_last_few_are_those_of_the_letter_in_its_order():
    titles = ("MRI of the lumbar spine", "Cervical spine x-rays", "Lumbar spine x-rays", "CT scan of the cervical spine",
              "Acupuncture of the lumbar and cervical for two sessions")
    letter = tuple(Fact(case_number="CM17-0011703", item_index=n, title=t, decision="Upheld")
                   for n, t in enumerate(titles, 1))
    # (the answer about the whole letter cites its items in its own order)
    earlier = [Earlier(question="CM17-0011703", items=(letter[3], letter[4], letter[1], letter[2], letter[0]),
                       kind="item", letter=letter)]
    assert resolve("the last two?", earlier).question == (
        "what happened? [the CT scan of the cervical spine and the Acupuncture of the lumbar and cervical for two "
        "sessions in case CM17-0011703]")
    assert resolve("and the first 2 - why were they denied?", earlier).question == (
        "why were they denied? [the MRI of the lumbar spine and the Cervical spine x-rays in case CM17-0011703]")
    # ... both, of a letter with two
    two = [Earlier(question="CM17-0011703", items=letter[:2], kind="item", letter=letter[:2])]
    assert resolve("the last two?", two).question == (
        "what happened? [the MRI of the lumbar spine and the Cervical spine x-rays in case CM17-0011703]")


def test_a_bare_ultrasound_after_an_item_is_the_letters_kind_of_ultrasound():
    # CM16-0231745 (52F): e-stim and "Ultrasound 1 times 8" (the therapy) among 5 chiropractic-visit requests; a bare
    # "ultrasound" no treatment reads is the therapy of her letter, not the e-stim asked again
    titles = ("Physical exam 2 times 8", "Spinal manipulation 1 times 8", "Electrical stimulation 1 times 8",
              "Ultrasound 1 times 8", "Initial exam")
    letter = tuple(Fact(case_number="CM16-0231745", item_index=n, title=t, decision="Upheld") for n, t in enumerate(titles, 1))
    earlier = [Earlier(question="the 52 yo woman's e-stim", items=(letter[2],), kind="item", letter=letter)]
    assert resolve("and the ultrasound - same reason?", earlier).question == (
        "and the ultrasound therapy - same reason as the Electrical stimulation 1 times 8 in case CM16-0231745?")
    assert resolve("and the ultrasound?", earlier).question == "and the ultrasound therapy? [in case CM16-0231745]"


def test_the_item_before_offered_as_the_reason_for_another():
    # CM17-0013716 (54F): naproxen upheld, and the pantoprazole upheld "Given that the naproxen was determined to be not
    # medically necessary": "because of that" after her naproxen offers the naproxen as the pantoprazole's reason
    naproxen = Fact(case_number="CM17-0013716", item_index=1, title="Naproxen 500mg #60", decision="Upheld")
    ppi = Fact(case_number="CM17-0013716", item_index=2, title="Pantoprazole 20mg #30", decision="Upheld")
    earlier = [Earlier(question="the 54 yo woman's naproxen", items=(naproxen,), kind="item", letter=(naproxen, ppi))]
    assert resolve("was the stomach medicine denied because of that?", earlier).question == (
        "was the stomach medicine denied because of the Naproxen? [in case CM17-0013716]")
    # ... not the item asked of itself: "was the naproxen denied because of that?" keeps its pronoun
    assert resolve("was the naproxen denied because of that?", earlier).question == (
        "was the naproxen denied because of that? [in case CM17-0013716]")


def test_another_patient_told_with_what_is_asked_of_them_after_a_dash():
    # CM17-0005246 (29F) lumbar MRI upheld; "and the 28 yo woman's - same reason?" asks of the 28-year-old woman's lumbar
    # MRI (CM16-0246635), not of whatever else a 28-year-old woman had
    mri = Fact(case_number="CM17-0005246", item_index=1, title="MRI (magnetic resonance imaging) of the lumbar spine",
               decision="Upheld")
    earlier = [Earlier(question="the 29 yo woman's lumbar MRI", items=(mri,), kind="item", letter=(mri,))]
    assert resolve("and the 28 yo woman's - same reason?", earlier).question == "the 28 yo woman's lumbar MRI - same reason?"
    assert resolve("and the 28 yo woman's, was hers denied too?", earlier).question == (
        "the 28 yo woman's lumbar MRI - was hers denied too?")


def test_a_correction_asks_the_thing_meant_as_the_previous_question_was():
    # CM16-0234464 (33M): single positional MRIs of the cervical spine, the lumbar spine and the right hand
    mris = tuple(Fact(case_number="CM16-0234464", item_index=n, title=f"Single positional MRI of the {part}",
                      decision="Upheld") for n, part in enumerate(("cervical spine", "lumbar spine", "right hand"), 1))
    earlier = [Earlier(question="the 33 yo man's lumbar MRI", items=(mris[1],), kind="item", letter=mris)]
    # "oops I meant cervical": read as "and cervical?", not a thing called "oops"
    assert resolve("oops I meant cervical", earlier).question == "the 33 yo man's cervical MRI"
    # ... a question of its own after "no" is not a correction
    assert resolve("no, was it approved?", earlier).question == (
        "no, was the Single positional MRI of the lumbar spine in case CM16-0234464 approved?")


def test_too_many_of_the_thing_answered_stays_on_its_letter():
    # CM17-0005418 (57M): right L4 and L5 transforaminal epidural steroid injections, upheld; "was it too many shots?"
    # offers a reason of the shots answered, not a question of anyone's injections
    l4 = Fact(case_number="CM17-0005418", item_index=1,
              title="Right L4 transforaminal epidural steroid injection under fluoroscopic guidance", decision="Upheld")
    l5 = Fact(case_number="CM17-0005418", item_index=2,
              title="Right L5 transforaminal epidural steroid injection under fluoroscopic guidance", decision="Upheld")
    earlier = [Earlier(question="the 57 yo man's epidurals", items=(l4, l5), kind="item", letter=(l4, l5))]
    assert resolve("was it too many shots?", earlier).question == "was it too many shots? [in case CM17-0005418]"


def test_same_reason_of_the_one_request_the_words_name_sets_it_against_the_item_before():
    # CM17-0002106 (54F): MRIs of the left shoulder and of the cervical spine, a head CT, all upheld; "and her neck MRI -
    # same reason?" asks of her cervical MRI, set against the shoulder MRI by their titles (the one asked first)
    shoulder = Fact(case_number="CM17-0002106", item_index=1, title="MRI of the left shoulder", decision="Upheld")
    neck = Fact(case_number="CM17-0002106", item_index=2, title="MRI of the cervical spine", decision="Upheld")
    earlier = [Earlier(question="the 54 yo woman's shoulder MRI", items=(shoulder,), kind="item", letter=(shoulder, neck))]
    assert resolve("and her neck MRI - same reason?", earlier).question == (
        "was the MRI of the cervical spine decided for the same reason as the MRI of the left shoulder? [in case "
        "CM17-0002106]")


def test_is_that_common_after_a_count_asks_the_kind_across_letters():
    # "how many MRIs were denied?" || "is that common?" answered one lumbar MRI of the list, not the habit
    counted = [after("how many MRIs were denied?", items=(LUMBAR, CERVICAL, OTHER_MRI), kind="count")]
    got = resolve("is that common?", counted)
    assert (got.question, got.carried) == ("are MRIs usually denied?",
                                           ("topic: MRIs, denied, the previous question's count, across letters",))
    listed = [after("list the denied knee MRIs", items=(LUMBAR,), kind="list")]
    assert resolve("is that usual?", listed).question == "are knee MRIs usually denied?"
    approved = [after("how many acupuncture requests were approved?", items=(KNEE_PT,), kind="count")]
    assert resolve("does that happen a lot?", approved).question == "are acupuncture requests usually approved?"
    assert resolve("is that common?", [after("how many PT requests were not approved?", kind="count")]
                   ).question == "are PT requests usually denied?"
    # ... no one kind, or no one outcome, counted: not read so
    assert resolve("is that common?", [after("how many of the 53 yo man's requests were denied?", kind="count")]
                   ).question != "are requests usually denied?"
    assert not resolve("is that common?", [after("how many MRIs were there?", kind="count")]).question.startswith("are MRIs")


L4 = Fact(case_number="CM17-0005418", item_index=1, decision="Upheld", body_regions=("lumbar",),
          title="Right L4 transforaminal epidural steroid injection under fluoroscopic guidance")
L5 = Fact(case_number="CM17-0005418", item_index=2, decision="Upheld", body_regions=("lumbar",),
          title="Right L5 transforaminal epidural steroid injection under fluoroscopic guidance")


def test_at_which_levels_asks_of_the_items_before_each_of_them():
    # "at which levels?" after his two epidurals was read as a new question (nothing found); "which levels?" asked
    # of the first alone
    earlier = [after("the 57 yo man's epidurals", items=(L4, L5))]
    both = ("[the Right L4 transforaminal epidural steroid injection under fluoroscopic guidance and the Right L5 "
            "transforaminal epidural steroid injection under fluoroscopic guidance in case CM17-0005418]")
    assert resolve("at which levels?", earlier).question == f"at which levels? {both}"
    assert resolve("which levels?", earlier).question == f"which levels? {both}"
    # ... one level asked of one item answered: that item
    one = [after("the 57 yo man's L4 epidural", items=(L4,))]
    assert resolve("which level?", one).question == ("which level? [the Right L4 transforaminal epidural steroid "
                                                    "injection under fluoroscopic guidance in case CM17-0005418]")
