"""A question opened after a dash or a colon asks, when what comes before it is only the patient's
story ("..., sprained her right knee too - was the knee MRI denied?"); when what comes before names
a treatment ("the lidocaine cream for the 33 year old - why no?") the whole sentence asks
(service.asking.asking_span)."""

from __future__ import annotations

from datetime import date

from service.asking import asking_span
from service.understand import understand

TODAY = date(2017, 6, 1)
STORY = "29 yo female, icing her back, numbness down her right leg, sprained her right knee too - was the knee MRI denied?"


def test_the_question_after_a_dash_asks_when_the_story_names_no_treatment() -> None:
    start, end = asking_span(STORY)
    assert STORY[start:end] == "was the knee MRI denied?"
    q = understand(STORY, today=TODAY)
    assert (q.treatments, q.body_regions) == (("mri", "imaging"), ("knee",))
    text = "46 yo woman, neck pain and a numb left arm: why was the nerve conduction test turned down?"
    start, end = asking_span(text)
    assert text[start:end] == "why was the nerve conduction test turned down?"


def test_a_treatment_before_the_dash_is_what_is_asked_about() -> None:
    text = "the lidocaine cream for the 33 year old man - why no, and would a lidoderm patch have been ok?"
    assert asking_span(text) == (0, len(text))


def test_after_what_was_decided_the_question_naming_its_own_treatment_asks() -> None:
    text = "my wife is 54, her stomach pill and naproxen were denied - did IMR say anything about her creams?"
    start, end = asking_span(text)
    assert text[start:end] == "did IMR say anything about her creams?"
    assert understand(text, today=TODAY).treatments == ("topical",)

    # ... after a comma too; a question naming no treatment of its own still asks about the one told
    text = "her stomach pill and naproxen were denied, did IMR say anything about her creams?"
    start, end = asking_span(text)
    assert text[start:end] == "did IMR say anything about her creams?"
    text = "UR denied the MRI, what did IMR decide?"
    assert asking_span(text) == (0, len(text))
    # ... but whether something was the reason for the decision told asks about that decision
    text = "the neck MRI got denied - was it because he never had an x-ray first?"
    assert asking_span(text) == (0, len(text))


def test_a_clause_after_a_dash_telling_what_imr_did_asks_and_the_story_body_part_is_told() -> None:
    text = "the 50 yo woman off work with tendinitis in both wrists - IMR overturned her acupuncture, why?"
    start, end = asking_span(text)
    assert text[start:end] == "IMR overturned her acupuncture, why?"
    q = understand(text, today=TODAY)
    assert (q.body_regions, q.regions_told) == (("wrist/hand",), True)
    # ... but not when the part before the dash names the treatment
    text = "the acupuncture for the 50 yo woman - IMR overturned it, why?"
    assert asking_span(text) == (0, len(text))


def test_a_follow_up_opened_by_and_or_so_after_what_was_decided_asks() -> None:
    text = "52 y/o woman, lifting injury, the manipulation was denied - and the e-stim?"
    start, end = asking_span(text)
    assert text[start:end] == "the e-stim?"
    assert understand(text, today=TODAY).treatments == ("e_stim",)
    text = "the rotator cuff repair for the 63 yo who tripped was denied - so were the 12 post-op PT visits denied too?"
    start, end = asking_span(text)
    assert text[start:end] == "were the 12 post-op PT visits denied too?"
    # an approval in plain words tells what was decided too
    text = "60 yo man hit on the head: the acupuncture went through - did the MRI of his neck and hand go through too?"
    start, end = asking_span(text)
    assert text[start:end] == "did the MRI of his neck and hand go through too?"
    assert understand(text, today=TODAY).treatments == ("mri", "imaging")
    text = "her Norco was upheld - and what about the baclofen?"
    start, end = asking_span(text)
    assert text[start:end] == "the baclofen?"
    # ... but not when what comes before told no decision: both are asked about
    text = "the lidocaine cream for the 33 year old man - and the diclofenac?"
    assert asking_span(text) == (0, len(text))


def test_after_a_description_of_the_patient_by_what_they_had_the_question_naming_its_own_treatment_asks() -> None:
    text = ("the 53 yo man with the neck fusion and two old back surgeries - did he get any of his scans or "
            "x-rays approved?")
    start, end = asking_span(text)
    assert text[start:end] == "did he get any of his scans or x-rays approved?"
    assert understand(text, today=TODAY).treatments == ("xray", "imaging")
    # ... but what the patient is described with is asked about when nothing after the dash is named
    text = "the woman with the TENS unit and the brace - were they approved?"
    assert asking_span(text) == (0, len(text))
    # ... nor when what the patient is described with was decided
    text = "the man with the knee scope approved - what about his PT?"
    assert asking_span(text) == (0, len(text))


def test_bare_things_typed_as_their_own_questions_are_each_asked() -> None:
    text = "the 53 yo man with the neck and back - did they approve anything? xrays? acupuncture?"
    start, end = asking_span(text)
    assert text[start:end] == "xrays? acupuncture?"
    q = understand(text, today=TODAY)
    assert (q.treatments, q.treatment_words) == (("xray", "acupuncture", "imaging"), ("xrays", "acupuncture"))
    # a question before a thing added with "and" is asked with it (test_a_thing_added_with_too_...)
    text = "Why was the MRI denied? The PT?"
    start, end = asking_span(text)
    assert text[start:end] == "The PT?"


def test_a_comma_after_the_dash_opens_the_question_too() -> None:
    text = "the 50 yo woman - they approved her PT, why not the acupuncture?"
    start, end = asking_span(text)
    assert text[start:end] == "why not the acupuncture?"
    q = understand(text, today=TODAY)
    assert (q.treatments, q.premise) == (("acupuncture",), "Upheld")


def test_a_comma_and_so_open_the_question_after_a_decision_told() -> None:
    text = "my wife 41 cashier got her carpal tunnel surgery denied, so what happens with the PT after surgery"
    start, end = asking_span(text)
    assert text[start:end] == "what happens with the PT after surgery"
    q = understand(text, today=TODAY)
    # the denial is the surgery's, told; the PT is asked without a premise
    assert (q.treatments, q.premise) == (("physical_therapy",), None)
    # one word or none between the verb and the decision, as before
    told = "her MRI got denied, why was the PT approved?"
    start, end = asking_span(told)
    assert told[start:end] == "why was the PT approved?"


def test_a_last_what_about_without_its_question_mark_asks() -> None:
    text = "the 36 yo stocker - they ok'd her knee MRI right? what about the chiro and TENS"
    start, end = asking_span(text)
    assert text[start:end] == "what about the chiro and TENS"
    q = understand(text, today=TODAY)
    assert (q.treatments, q.premise) == (("chiropractic", "tens", "dme"), None)


def test_anything_for_the_patient_with_a_treatment_asks_of_every_request() -> None:
    q = understand("did IMR overturn anything for the 57 yo man with the shoulder CT", today=TODAY)
    assert (q.treatments, q.story_treatments, q.premise) == ((), ("ct", "imaging"), "Overturned")
    q = understand("did anything get approved for the 57 yo man with the shoulder CT?", today=TODAY)
    assert (q.treatments, q.story_treatments) == ((), ("ct", "imaging"))
    q = understand("was anything approved for the 37 yo woman with the neck MRI", today=TODAY)
    assert (q.treatments, q.story_treatments) == ((), ("mri", "imaging"))
    # the treatment asked, of a patient described otherwise
    q = understand("was the CT denied for the man with the shoulder pain?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("ct", "imaging"), ())


def test_a_thing_added_with_too_is_asked_with_the_question_before() -> None:
    text = "the 67 yo cook had her PT denied, why. and the CT scan too?"
    start, end = asking_span(text)
    assert text[start:end] == text
    q = understand(text, today=TODAY)
    assert (q.treatments, q.premise) == (("physical_therapy", "ct", "imaging"), "Upheld")
    text = "why was her PT denied? and the CT too?"
    assert understand(text, today=TODAY).treatments == ("physical_therapy", "ct", "imaging")
    # without "too", a few words added after a question are asked with it too
    text = "Why was the MRI denied? And the PT?"
    start, end = asking_span(text)
    assert text[start:end] == text
    text = "the 41 yo lady with carpal tunnel - was the surgery approved? and the PT after?"
    start, end = asking_span(text)
    assert text[start:end] == "was the surgery approved? and the PT after?"
    # ... not a question of its own
    text = "was the MRI denied? and what did they say?"
    start, end = asking_span(text)
    assert text[start:end] == "and what did they say?"


def test_a_kind_named_alone_in_a_question_of_its_own_is_asked() -> None:
    from service.scope import asked_sets

    q = understand("the 41 yo lady with carpal tunnel - was the surgery approved? and the PT after?", today=TODAY)
    assert asked_sets(q) == ("physical_therapy", "surgery")
    # ... not the surgery the post-op PT is told of
    q = understand("when the surgery itself is denied at IMR, what happens to the post-op PT?", today=TODAY)
    assert asked_sets(q) == ("physical_therapy",)
    q = understand("Why were the 12 post-op PT sessions approved for the shoulder patient when the surgery itself was "
                   "turned down?", today=TODAY)
    assert asked_sets(q) == ("physical_therapy",)


def test_all_of_a_kind_asked_is_not_narrowed_by_the_story_body_part() -> None:
    q = understand("the 33 yo guy who smashed his hand - were all 3 MRIs denied", today=TODAY)
    assert (q.treatments, q.body_regions, q.regions_told) == (("mri", "imaging"), (), False)
    # no age told: the body parts are what tells who she is (tune nat-1492)
    q = understand("sewing machine operator with the sore right elbow and wrist - were her pills and both creams all "
                   "turned down?", today=TODAY)
    assert (q.body_regions, q.regions_told) == (("elbow", "wrist/hand"), True)
    # one asked: the story's body part still ranks it
    q = understand("the 33 yo guy who smashed his hand - was his MRI denied", today=TODAY)
    assert (q.body_regions, q.regions_told) == (("wrist/hand",), True)


def test_the_treatment_before_her_requests_tells_who_she_is() -> None:
    q = understand("the 36 yo lady with the bilateral knee MRI - which of her 4 requests went through?", today=TODAY)
    assert (q.treatments, q.story_treatments, q.person.requests) == ((), ("mri", "imaging"), 4)
    # the treatment asked of a patient with requests named otherwise
    q = understand("the lady with the knee MRI - why was it denied?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("mri", "imaging"), ())


def test_the_pains_told_before_asking_of_all_their_requests_only_rank() -> None:
    # nat-2128: where he hurts tells who he is; his requests are asked wherever they were for
    q = understand("the 53 yo man with neck, low back and right foot pain - which of his requests weren't denied?",
                   today=TODAY)
    assert (q.body_regions, q.regions_told) == (("cervical", "lumbar", "ankle/foot"), True)
    q = understand("the 53 yo man with neck pain - was his lumbar MRI denied?", today=TODAY)
    assert (q.body_regions, q.regions_told) == (("lumbar",), False)


def test_a_comma_after_what_they_refused_opens_the_question() -> None:
    # "they refused X and Y and Z" tells what was decided, as "X was denied" does: the clause after the comma asks
    text = ("my dad is 63, he got hurt lifting boxes and they refused his shoulder operation and the ice machine and the "
            "sling, why the sling")
    start, end = asking_span(text)
    assert text[start:end] == "why the sling"
    assert understand(text, today=TODAY).treatment_words == ("sling",)


def test_why_the_difference_after_a_contrast_asks_both_sides() -> None:
    # "X approved but Y no - why the difference" asks what sets the two apart: both are asked, not Y alone
    text = "my client is 60 with neck and hand pain, acupuncture approved but MRI no - why the difference"
    assert understand(text, today=TODAY).treatment_words == ("acupuncture", "MRI")
    # ... while a contrast that opens a question of its own still asks alone
    text = "they approved the acupuncture, but why was the MRI denied?"
    assert text[slice(*asking_span(text))] == "but why was the MRI denied?"


def test_an_operation_that_only_tells_when_is_not_asked() -> None:
    # "the 8 visits she needed after surgery": the surgery tells when; the PT named before the dash is asked
    text = "the 25 yo woman with the PT - did she get the 8 visits she needed after surgery"
    assert understand(text, today=TODAY).treatments == ("physical_therapy",)
    # ... while the operation asked of is asked
    assert understand("the 63 yo man with the PT - was the shoulder surgery approved?", today=TODAY).treatments == (
        "surgery",)
