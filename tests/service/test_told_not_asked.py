"""What a question tells without asking: the drugs a patient takes, a verb's particle before the
treatment, a group around the treatment named. Round 7B of the natural questions (nat-520, 531, 547)."""

from __future__ import annotations

from datetime import date

import pytest

from service.retrieve import narrowest
from service.story import was_on
from service.understand import understand
from tests.conftest import ask, served_client

TODAY = date(2017, 6, 1)


@pytest.mark.parametrize(("question", "treatments", "words", "note"), [
    # what the patient takes is the story; the other treatment is asked
    ("I only take tizanidine. Why was my neck MRI denied?", ("mri", "imaging"), ("MRI",),
     "what the patient was on, not asked about: tizanidine, muscle_relaxant, medication (from 'tizanidine')"),
    ("I have lupus and take prednisone. Why was my pain pill refused?", ("opioid", "medication"), ("pain pill",),
     "what the patient was on, not asked about: oral_steroid (from 'prednisone')"),
    ("She takes Norco and Flexeril. Why was the TENS unit denied?", ("tens", "dme"), ("TENS",),
     "what the patient was on, not asked about: hydrocodone, opioid, medication, cyclobenzaprine, muscle_relaxant "
     "(from 'Norco / Flexeril')"),
    # what the asked drug goes with (nat-540)
    ("Why won't they give me the stomach pill that goes with my naproxen?", ("ppi", "h2_blocker", "medication"), ("stomach pill",),
     "what the patient was on, not asked about: nsaid (from 'naproxen')"),
    # ... or is given with, of a kind across letters: the stomach protectors are asked, not the NSAIDs
    ("stomach protectors like Protonix given with anti-inflammatories - why does IMR deny them?",
     ("ppi", "h2_blocker", "medication"), ("stomach protectors",),
     "what the patient was on, not asked about: nsaid (from 'anti-inflammatories')"),
    # what the patient has been through (nat-520)
    ("i only take tizanidine and did some physical therapy, my neck still hurts. IMR said no to the MRI of my neck.",
     ("mri", "imaging"), ("MRI",),
     "what the patient was on, not asked about: tizanidine, muscle_relaxant, medication, physical_therapy "
     "(from 'tizanidine / physical therapy')"),
    ("I've had a few chiropractic visits. Why was my lumbar MRI denied?", ("mri", "imaging"), ("MRI",),
     "what the patient was on, not asked about: chiropractic (from 'chiropractic')"),
    # care the patient is in the middle of (nat-709): "while I'm still doing PT", "finish PT first"
    ("My doctor wants chiropractic adjustments while I'm still doing PT. IMR said no. Is it worth appealing, or do I "
     "finish PT first?", ("chiropractic",), ("chiropractic",),
     "what the patient was on, not asked about: physical_therapy (from 'PT')"),
    ("Why was the TENS unit denied while he is in physical therapy?", ("tens", "dme"), ("TENS",),
     "what the patient was on, not asked about: physical_therapy (from 'physical therapy')"),
    # what caused a side effect (nat-1780): the stomach pill is asked, not the pain pills
    ("Prilosec for stomach upset from pain pills - did IMR approve it for anyone?", ("ppi", "medication"),
     ("Prilosec",), "what the patient was on, not asked about: opioid (from 'pain pills')"),
    ("was the Protonix for her nausea caused by the Norco denied?", ("ppi", "medication"), ("Protonix",),
     "what the patient was on, not asked about: hydrocodone, opioid (from 'Norco')"),
    # what the asker thinks it was decided for: "turned down because no PT?", "bc he never did PT"
    ("the 48 yo man's elbow MRI - turned down because no PT?", ("mri", "imaging"), ("MRI",),
     "the reason offered, not asked about: physical_therapy (from 'PT')"),
    # ("bc" opens a reason as "because" does)
    ("was his MRI denied bc he never did PT?", ("mri", "imaging"), ("MRI",),
     "the reason offered, not asked about: physical_therapy (from 'PT')"),
])
def test_what_the_patient_takes_is_not_asked(question, treatments, words, note) -> None:
    q = understand(question, today=TODAY)
    assert (q.treatments, q.treatment_words) == (treatments, words)
    assert note in q.notes


def test_a_modal_take_asks_and_tells_nothing() -> None:
    assert was_on("Can I take naproxen for it?") == ("Can I take naproxen for it?", [])
    assert was_on("I take naproxen for it.") == ("I take          for it.", ["naproxen"])
    assert was_on("or do I finish PT first?") == ("or do I finish         ?", ["PT first"])


def test_a_group_around_the_treatment_named_is_not_what_it_names() -> None:
    # "pain pill" reads as (opioid, medication): a naproxen is a medication, not an opioid
    assert narrowest(("opioid", "medication")) == ("opioid",)
    assert narrowest(("tramadol", "opioid", "medication")) == ("tramadol",)
    assert narrowest(("mri", "imaging")) == ("mri",)
    assert narrowest(("physical_therapy", "mri", "imaging")) == ("physical_therapy", "mri")


# a 57-year-old man's two transforaminal ESIs (both upheld); a 34-year-old man's facet injections (upheld);
# a 40-year-old woman's tramadol (upheld) and a 45-year-old woman's naproxen (overturned)
client = served_client("CM17-0005418", "CM16-0219557", "CM17-0017734", "CM17-0019011")


def test_a_verbs_particle_is_no_kind_of_treatment(client):
    # "turning down the shots" asks about shots, not a "down" kind of shot that no letter has
    answer = ask(client, "Why do they keep turning down the shots in people's backs?")
    assert answer["kind"] == "pattern"
    assert answer["lead"] == "No objective findings or red flags: 2 of 3 injection and procedure denials [1]."


def test_a_pain_pill_is_the_opioid_not_any_medication(client):
    answer = ask(client, "Why was the pain pill refused?")
    assert answer["answer"].startswith('Denied (Upheld): conservative care not tried or failed [1]. In case '
                                       'CM17-0017734, the request for "Tramadol 50mg #60" was denied')


def test_an_item_the_asker_had_is_asked() -> None:
    # no quantity: the MRI had may be the one asked about
    assert was_on("I had an MRI of my neck; was it approved?")[1] == []


def test_a_kind_asked_beside_the_care_the_patient_is_in_is_asked() -> None:
    # nat-1536: "the ultrasound" names no treatment set, only a kind; the PT is what she was doing
    q = understand("UR non-certified the ultrasound for the 52 yo woman with the lifting injury since she was already "
                   "doing PT - did IMR side with UR?", today=TODAY)
    assert (q.treatments, q.category) == ((), "imaging")
    assert "what the patient was on, not asked about: physical_therapy (from 'PT')" in q.notes
    # with nothing else named, the care told is still what is asked
    assert understand("while she was doing PT, was her request approved?", today=TODAY).treatments == (
        "physical_therapy",)
