"""The drugs a description says the patient takes, with no pronoun before the verb ("46F low back
strain on flexeril ibuprofen norco, did 6 PT", "..., takes orphenadrine and ketoprofen, already
had 6 chiro visits"), are what the patient is on, not what is asked about (service.story.was_on)."""

from __future__ import annotations

from datetime import date

from service.story import was_on
from service.understand import understand

TODAY = date(2017, 6, 1)


def test_a_list_of_drugs_the_patient_is_on_is_blanked() -> None:
    assert was_on("46F low back strain mild DDD on flexeril ibuprofen norco, did 6 PT")[1] == ["flexeril ibuprofen norco"]
    assert was_on("numb below the right knee, on Norco and a lidocaine patch. They approved 10 PT visits")[1] == [
        "Norco and a lidocaine patch"]
    assert was_on("working modified duty, takes orphenadrine and ketoprofen, already had 6 chiro visits")[1] == [
        "orphenadrine and ketoprofen"]


def test_the_decision_on_a_drug_and_other_things_one_is_on_are_not_blanked() -> None:
    assert was_on("what was the decision on the Norco for the man with the MRI?")[1] == []
    assert was_on("28, on light duty, 10 out of 10 back pain: was the MRI denied?")[1] == []
    # a side taken with the patient on a request: the request decided, not what he was on
    assert was_on("is it true IMR sided with the 53 yo man on his neck MRI?")[1] == []
    assert was_on("the 40 year old woman on tramadol, did IMR side with her?")[1] == ["tramadol"]


def test_a_drug_the_doctor_put_her_on_is_the_request() -> None:
    # "... so the doctor put her on pantoprazole twice a day. when did IMR decide on that?" read the pantoprazole as
    # what she was on, and the carpal tunnel surgery she had as the thing asked (tune nat-3447)
    assert was_on("the doctor put her on pantoprazole twice a day")[1] == []
    assert was_on("the doctor started him on naproxen, was it denied?")[1] == []
    q = understand("my mom had surgery for carpal tunnel, and the doctor put her on pantoprazole twice a day. when did "
                   "IMR decide on that?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("ppi", "medication"), ("surgery",))


def test_siding_with_the_asker_on_a_drug_is_the_request() -> None:
    # "did IMR back us on the ibuprofen refills?": the adjuster's side on the request, no drug anyone was on
    assert was_on("adjuster here - did IMR back us on the ibuprofen refills?")[1] == []
    assert was_on("did they side with UR on the Norco?")[1] == []
    q = understand("adjuster here - did IMR back us on the ibuprofen refills?", today=TODAY)
    assert (q.treatments, q.body_regions) == (("nsaid", "medication"), ())


def test_the_treatment_left_is_asked_about() -> None:
    q = understand("46F low back strain mild DDD on flexeril ibuprofen norco, did 6 PT, asked for 2x6 more - denied bc "
                   "its over the max visits or something else too?", today=TODAY)
    assert q.treatments == ("physical_therapy",)
    q = understand("27 yr old woman, strained her low back, working modified duty, takes orphenadrine and ketoprofen, "
                   "already had 6 chiro visits. why wont they give her 6 more", today=TODAY)
    assert q.treatments == ("chiropractic",)


def test_the_refill_of_the_one_drug_the_patient_is_on_is_asked() -> None:
    q = understand("44 yo woman on percocet - did she get her refill?")
    assert (q.treatments, q.category) == (("oxycodone", "opioid", "medication"), "medication: opioid")
    # two drugs she is on: the refill names neither
    q = understand("the woman on tramadol and norco - did she get her refill?")
    assert q.treatments == ()
    # care she is in the middle of is no prescription
    assert understand("while she was doing PT - did she get her prescription?").treatments == ("medication",)


def test_the_denial_on_a_drug_is_what_is_asked_and_what_upset_the_stomach_is_not() -> None:
    # nat-2650: "stand on the pantoprazole" is IMR's decision on it; the naproxen that hurt the stomach is what she was on
    assert was_on("did the denial stand on the pantoprazole?")[1] == []
    assert was_on("the approval on his Norco - was it for 60 tablets?")[1] == []
    question = ("did the denial stand on the pantoprazole for the worker with the carpal and cubital tunnel releases "
                "whose stomach hurt from the naproxen?")
    assert was_on(question)[1] == ["naproxen"]
    assert understand(question, today=TODAY).treatments == ("ppi", "medication")
    assert was_on("his belly pain from the ibuprofen. was the omeprazole approved?")[1] == ["ibuprofen"]


def test_what_the_patient_is_on_after_an_article_is_blanked() -> None:
    # "the 40 yo woman on the oral suspensions like fanatrex": the fanatrex was read as asked, past the fourth word
    assert was_on("was anything approved for the 40 yo woman on the oral suspensions like fanatrex?")[1] == [
        "oral suspensions like fanatrex"]
    assert was_on("was anything approved for the 40 yo woman on oral suspensions like fanatrex?")[1] == [
        "oral suspensions like fanatrex"]
