"""What a first-person story tells without asking: the care the patient is in the middle of, said with no "while"
("I'm doing PT and ice and heat and nothing works, they denied my MRI"), and a study whose finding is told before it
("they found a fracture in his neck on the xray, then the CT ... refused") (service.story). Each was said "has no
request for PT / xray" after the answer about the item asked."""

from __future__ import annotations

from datetime import date

import pytest

from service.story import was_on
from service.understand import understand

TODAY = date(2017, 6, 1)


@pytest.mark.parametrize(("question", "treatments", "note"), [
    ("honestly I'm 29, hurt my low back at work, I'm doing PT and ice and heat and nothing works, they denied my MRI "
     "of my low back, why", ("mri", "imaging"), "what the patient was on, not asked about: physical_therapy (from 'PT')"),
    ("she is attending physical therapy, why was the TENS unit denied?", ("tens", "dme"),
     "what the patient was on, not asked about: physical_therapy (from 'physical therapy')"),
    # what was done to them, told on from how they were hurt
    ("I'm 43 and was in a really bad accident at work, I broke my ribs and had surgery on my belly, I'm in rehab, they "
     "only gave me half the home aide hours I need while my wife is at work, did IMR give me the rest?", ("home_health",),
     "the patient's story, not asked about: surgery, physical_therapy (from 'surgery / rehab')"),
    # what the care did not do, one more thing listed before it
    ("i'm a 34 yr old guy, work injury to my neck and right shoulder in oct 2016, PT and xrays didnt help much, no "
     "numbness, the doc wanted a neck MRI and UR said no, i appealed and... nothing? what did IMR say", ("mri",),
     "the patient's story, not asked about: physical_therapy, xray, imaging (from 'PT / xrays')"),
    ("her PT and acupuncture helped, so why was the MRI denied?", ("mri", "imaging"),
     "the patient's story, not asked about: physical_therapy, acupuncture (from 'PT / acupuncture')"),
    # how the care went, and a share of relief (no cream's strength)
    ("I'm 62 and work in a warehouse, my right shoulder tendinitis isn't getting better after PT, only 10% better, and "
     "they denied my shoulder MRI and also my cortisone injection - why both?",
     ("mri", "joint_injection", "imaging", "injection"), "what the patient was on, not asked about: physical_therapy (from 'PT')"),
    ("My son is 24, he passed out at work and fell and they found a fracture in his neck on the xray, then the CT they "
     "did after, the insurance company refused to pay for it. what did the review say?", ("ct",),
     "a study's result told, not asked about: xray"),
])
def test_the_story_is_not_asked(question, treatments, note) -> None:
    q = understand(question, today=TODAY)
    assert q.treatments == treatments
    assert note in q.notes


def test_the_care_going_on_is_blanked_and_asked_again_stays() -> None:
    assert was_on("I'm doing PT and ice and heat and nothing works") == ("I'm doing    and ice and heat and nothing works",
                                                                         ["PT"])
    # named again, it is asked
    assert understand("I'm doing PT, did they approve more PT?", today=TODAY).treatments == ("physical_therapy",)
    # with nothing else named, it is what is asked
    assert understand("I'm doing PT, was it approved?", today=TODAY).treatments == ("physical_therapy",)


def test_a_share_of_relief_is_no_strength() -> None:
    from indexer.treatments import find_treatments

    assert find_treatments("only 10% better after all that") == []
    assert find_treatments("she had 50% relief") == []
    assert [t for t, _w in find_treatments("Flurbiprofen 10%/Lidocaine 5%, 120grams")][:1] != []
    assert "topical" in {t for t, _w in find_treatments("the 20% one")}
