"""Treatments the patient had before, or that the sentence telling how they were hurt names, describe
the patient; the question asks about the others (service.story)."""

from __future__ import annotations

from datetime import date

import pytest

from service.understand import understand

TODAY = date(2017, 6, 1)


@pytest.mark.parametrize(("question", "treatments", "story"), [
    # a treatment with its time word: had before, not asked
    ("The 53-year-old with the prior cervical fusion had a lumbar MRI and a cervical CT both turned down. "
     "Was it the same reason for both?", ("mri", "ct", "imaging"), ("spine_surgery", "surgery")),
    ("Why was PT denied for the woman with a history of lumbar fusion?", ("physical_therapy",),
     ("spine_surgery", "surgery")),
    # the sentence that tells how he was hurt, and asks nothing
    ("My husband is 43 and was badly hurt at work, broken ribs and stomach surgery. The insurance gave him a "
     "home aide 6 hours a day while I work but the doctor asked for 12. Did IMR give the other 6 hours?",
     ("home_health",), ("surgery",)),
    # ... but a sentence that asks for the treatment asks about it
    ("He hurt his knee and needs surgery. Was the MRI approved?", ("mri", "imaging"), ()),
    # ... and so does getting it decided, wherever it comes: "did the lady with the hip mri get physical therapy approved?"
    ("did the lady with the hip mri get physical therapy approved?", ("mri", "physical_therapy", "imaging"), ()),
    # a question opened after a dash asking about the patient's requests in general: every one of
    # them; the treatments before it tell who the patient is
    ("the 46 year old man with chiro - did he get anything approved at all?", (), ("chiropractic",)),
    ("The 50 year old woman with the brain injury had her acupuncture and PT denied by UR - anything approved "
     "for her at all?", (), ("acupuncture", "physical_therapy")),
    ("the lidocaine cream for the 33 year old - anything known about it?", ("topical", "medication"), ()),
    # ... or about all of them, when what it names is only the care the patient is in the middle of
    ("was all of it denied for the 52 yo woman who hurt her back lifting while she was still in PT?", (),
     ("physical_therapy",)),
    ("the MRIs for the 33 yo - were all of them denied?", ("mri", "imaging"), ()),
    ("was the PT denied for the 52 yo woman while she was still in PT?", ("physical_therapy",), ()),
    # what was decided for the patient, told in a clause about them, when another treatment is asked
    ("did IMR at least approve the post-op therapy or the ice machine for the 63 yo whose rotator cuff surgery "
     "got denied?", ("physical_therapy", "cold_therapy", "dme"), ("shoulder_surgery", "surgery")),
    # ... but not what is theirs and not decided: both are asked
    ("was the PT denied for the man whose shoulder surgery is next month?",
     ("physical_therapy", "surgery"), ()),
    # an age is no time word ("the 45 year old MRI patient" is the story by its noun)
    ("Why was the old MRI denied?", ("mri", "imaging"), ()),
])
def test_a_treatment_had_before_or_in_the_injury_story_is_not_asked(
        question: str, treatments: tuple[str, ...], story: tuple[str, ...]) -> None:
    q = understand(question, today=TODAY)
    assert (q.treatments, q.story_treatments) == (treatments, story)


def test_a_story_treatment_names_no_category() -> None:
    from service.understand import understand

    q = understand("The 53-year-old with the prior cervical fusion had a lumbar MRI and a cervical CT both turned down. "
                   "Was it the same reason for both?")
    assert (q.category, q.story_treatments) == ("imaging", ("spine_surgery", "surgery"))
    q = understand("My husband is 43 and was badly hurt at work, broken ribs and stomach surgery. The insurance gave him a "
                   "home aide 6 hours a day while I work but the doctor asked for 12. Did IMR give the other 6 hours?")
    assert q.category == "home health/other"


def test_an_operation_in_a_past_year_is_the_story_not_the_injury_or_the_request() -> None:
    from service.understand import understand

    q = understand("which of his requests did IMR NOT uphold? 53 yo man, neck fusion in 2014, 2 low back surgeries in 2011")
    assert (q.treatments, q.story_treatments) == ((), ("spine_surgery", "surgery"))
    assert (q.person.age, q.person.injury_year) == (53, None)
    # a year after an injury word is still the injury's
    assert understand("the 53 yo man injured in 2014: which of his requests were denied?").person.injury_year == 2014


def test_the_treatment_asked_again_in_other_words_is_the_one_asked() -> None:
    from service.understand import understand

    q = understand("my wife is 37 she hurts everywhere from repetitive work, they asked for pillows and braces for her. "
                   "did imr approve her knee brace")
    assert (q.treatments, q.treatment_words) == (("brace", "dme"), ("brace",))


def test_what_it_was_decided_because_of_is_the_story() -> None:
    from service.understand import understand

    q = understand("She was hurt in late October 2016 and IMR turned down her pantoprazole in January. Was it turned "
                   "down because of the naproxen, and which guideline did the reviewer use?")
    assert (q.treatments, q.treatment_words) == (("ppi", "medication"), ("pantoprazole",))


def test_an_asking_part_that_names_nothing_asks_about_the_body_part_told() -> None:
    from service.understand import understand

    q = understand("CM16-0239607 - his shoulder MRI got approved too, right? What did IMR do with it?")
    assert (q.body_regions, q.regions_told) == (("shoulder",), False)


def test_a_clause_that_asks_before_a_contrast_is_asked_too() -> None:
    from service.understand import understand

    q = understand("CM17-0015790: why was the Norco upheld but what about the baclofen?")
    assert q.treatment_words == ("Norco", "baclofen")
    # a statement before the contrast is the story
    assert understand("They approved the acupuncture, but why was the PT turned down?").treatment_words == ("PT",)


def test_what_a_treatment_did_for_the_patient_is_the_story() -> None:
    query = understand("She fell at work in October 2016. The reviewer noted physical therapy was helping her. "
                       "Which of her requests did that sink?", TODAY)
    assert (query.treatments, query.story_treatments) == ((), ("physical_therapy",))
    # ... but the same treatment asked again is asked
    query = understand("Chiropractic helped her a lot, so why was more chiropractic denied?", TODAY)
    assert query.treatments == ("chiropractic",)


def test_what_a_drug_did_to_the_stomach_is_the_story() -> None:
    # "the naproxen upset my stomach, so why was my pantoprazole denied?" was answered about the naproxen
    query = understand("the naproxen upset my stomach, so why was my pantoprazole denied?", TODAY)
    assert (query.treatments, query.treatment_words) == (("ppi",), ("pantoprazole",))
    assert query.story_treatments == ("nsaid", "medication")
    query = understand("the ibuprofen gave her heartburn - was the omeprazole approved?", TODAY)
    assert query.treatment_words == ("omeprazole",)
    # ... but a drug asked about on its own is asked
    assert understand("was the naproxen approved, or did it just upset the adjuster?", TODAY).treatment_words == ("naproxen",)
