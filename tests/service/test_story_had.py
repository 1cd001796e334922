"""What the patient has had ("the man who had two back surgeries") describes them wherever it comes
in the question; the question asks about the other treatment (service.story), and the body parts of
that story are not the asked item's (service.understand)."""

from __future__ import annotations

from datetime import date

from service.understand import understand

TODAY = date(2017, 6, 1)


def test_what_the_patient_had_is_the_story_even_when_named_first() -> None:
    q = understand("53 yo man who had two back surgeries and a neck fusion: why was the low back x-ray denied - "
                   "because he already had one?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("xray", "imaging"), ("surgery", "spine_surgery"))
    q = understand("the woman who'd had a lumbar fusion: was her PT approved?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("physical_therapy",), ("spine_surgery", "surgery"))


def test_a_decision_after_what_they_had_makes_it_asked() -> None:
    q = understand("the woman who had the knee scope approved - what about her PT?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("arthroscopy", "physical_therapy", "surgery"), ())


def test_the_body_part_of_a_story_operation_is_not_the_asked_items() -> None:
    q = understand("53 yo man who had two back surgeries and a neck fusion: why was the low back x-ray denied - "
                   "because he already had one?", today=TODAY)
    assert (q.body_regions, q.region_words) == (("lumbar",), ("back",))
    # a body part the asked items name too stays
    q = understand("The 53-year-old with the prior cervical fusion had a lumbar MRI and a cervical CT both turned down. "
                   "Was it the same reason for both?", today=TODAY)
    assert q.body_regions == ("lumbar", "cervical")


def test_what_the_one_spoken_of_has_had_is_the_story() -> None:
    q = understand("my dad is 53, he's had two back surgeries and a neck fusion. they let him have 6 acupuncture "
                   "sessions but not 8 - why not the last two?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("acupuncture",), ("surgery", "spine_surgery"))
    q = understand("My mom had carpal tunnel and elbow nerve surgery, and her doctor wants a TENS unit. IMR said no to "
                   "it - why?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("tens", "dme"), ("surgery",))
    q = understand("He had an MRI and his doctor asked for an epidural. Why was that denied?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("esi", "spinal_injection", "injection"), ("mri", "imaging"))
    # a decision after it: asked
    q = understand("she had the MRI denied, what about the PT?", today=TODAY)
    assert q.story_treatments == ()


def test_the_description_that_opens_the_question_before_a_dash_is_the_story() -> None:
    q = understand("53 yo with the cervical fusion - which x-ray was turned down because he'd already had one?",
                   today=TODAY)
    assert (q.treatments, q.story_treatments) == (("xray", "imaging"), ("spine_surgery", "surgery"))
    q = understand("the 46 yo with the epidurals - was his PT approved?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("physical_therapy",), ("esi", "spinal_injection", "injection"))
    # with nothing else asked after the dash, what the description names is asked
    q = understand("the woman with the TENS unit and the brace - were both denied?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("tens", "brace", "dme"), ())


def test_what_the_patient_had_is_the_story_when_two_operations_share_the_word() -> None:
    # "carpal tunnel and cubital tunnel surgery": five words before the one "surgery" they share
    q = understand("acid reflux pills for the woman who had carpal tunnel and cubital tunnel surgery - "
                   "why did IMR say no?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("ppi", "h2_blocker", "medication"), ("surgery",))


def test_an_operation_told_years_ago_is_the_story() -> None:
    # nat-2943: "years ago" with no count after the operation dates it to the patient's past
    q = understand("my dad is 53 and had a neck fusion years ago, were his x-rays denied?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("xray", "imaging"), ("spine_surgery", "surgery"))
    # (with "both of them?" after it, the question before is what asks: service.asking)
    q = understand("my dad is 53, had a neck fusion years ago. were his x-rays denied? both of them?", today=TODAY)
    assert q.treatments == ("xray", "imaging")
    q = understand("she had a knee scope a while back. was the PT approved? both parts?", today=TODAY)
    assert (q.treatments, q.story_treatments) == (("physical_therapy",), ("arthroscopy", "surgery"))
    # named alone, it is still what is asked
    q = understand("was the fusion he had years ago approved?", today=TODAY)
    assert q.story_treatments == ()
