"""What a question sets aside ("anything besides the acupuncture denied?", "other than the neck MRI,
did she get anything approved?") is no treatment asked about: the patient's other requests are
(service.besides, service.understand, service.retrieve, service.flows.item)."""

from __future__ import annotations

from datetime import date

from service.besides import SetAside, is_set_aside, set_aside
from service.understand import understand
from tests.conftest import ask, sample_client, served_client

TODAY = date(2017, 6, 1)

# a 60-year-old man's neck and hand MRI (upheld) and acupuncture (overturned); a 54-year-old woman's
# left shoulder MRI, cervical MRI and head CT (all upheld); a 37-year-old woman's TENS unit, lumbar
# support, two pillows and two kinds of braces (all upheld)
CASES = ["CM16-0230548", "CM17-0002106", "CM16-0248471"]

client = served_client(*CASES)


def test_the_thing_set_aside_is_blanked_and_read() -> None:
    text, aside = set_aside("anything besides the acupuncture denied for the 60 yo man with the head contusion?")
    assert text == "anything" + " " * 25 + "denied for the 60 yo man with the head contusion?"
    assert aside == SetAside(("acupuncture",), (), "the acupuncture")
    _text, neck = set_aside("other than the neck MRI, did she get anything approved?")
    assert (neck.treatments, neck.regions) == (("mri", "imaging"), ("cervical",))
    # "other than that": nothing named is set aside
    assert set_aside("other than that, was anything approved?") == ("other than that, was anything approved?", SetAside())


def test_only_the_narrowest_set_in_the_region_named_is_set_aside() -> None:
    neck = SetAside(("mri", "imaging"), ("cervical",), "the neck MRI")
    assert is_set_aside(neck, ("mri", "imaging"), ("cervical",))
    assert not is_set_aside(neck, ("mri", "imaging"), ("shoulder",))  # her shoulder MRI is asked about
    naproxen = SetAside(("nsaid", "medication"), (), "the naproxen")
    assert not is_set_aside(naproxen, ("ppi", "medication"), ())  # a medication, no NSAID


def test_the_question_read_without_it() -> None:
    q = understand("besides the TENS unit, was anything approved for the 37 yo cumulative trauma woman?", today=TODAY)
    assert q.treatments == () and q.set_aside.treatments == ("tens", "dme")
    assert "set aside: tens, dme (from 'the TENS unit'): the other requests are asked about" in q.notes


def test_the_other_requests_answer(client) -> None:
    answer = ask(client, "anything besides the acupuncture denied for the 60 yo man with the head contusion?")
    assert answer["citations"][0]["request"] == "MRI of neck and right hand without contrast"
    other = ask(client, "other than the neck MRI, did the 54 yo woman with the concussion get anything approved?")
    first = next(c["request"] for c in other["citations"] if c["request"])
    assert first in ("MRI of the left shoulder", "CT scan of the head")
    # what was set aside is not explained
    assert "MRI of the cervical spine" not in [c["request"] for c in other["citations"]]


def test_what_was_told_before_what_else_is_set_aside() -> None:
    text, aside = set_aside("the farm worker's EMG got turned down but what else?")
    assert text == "the farm worker's     got turned down but what else?"
    assert aside == SetAside(("emg", "nerve_study"), (), "the EMG")
    assert set_aside("her PT got approved, anything else approved?")[1].treatments == ("physical_therapy",)
    # what else to do is no other request asked about, nor what else the reviewer noted
    assert set_aside("My MRI was denied, what else can I try?")[1] == SetAside()
    assert set_aside("what did the reviewer say about the MRI and what else did he note?")[1] == SetAside()
    # ... nor what else the patient took (nat-865)
    assert set_aside("why was the celebrex denied for the 40 yo woman? she wasnt even taking anything else")[1] == SetAside()
    assert set_aside("the MRI was denied - did she have anything else denied?")[1].treatments == ("mri", "imaging")
    # the body region of what is told is of its own words, not of the story before it (nat-2529)
    hand = ("the 33 year old who smashed his hand in a door - yeah yeah the 3 MRIs were denied. what else did he ask for "
            "and was any of that approved?")
    assert set_aside(hand)[1] == SetAside(("mri", "imaging"), (), "the MRIs")
    assert set_aside("the 53 yo man: his neck MRI got denied - what else did they deny?")[1].regions == ("cervical",)
    assert set_aside("the MRI of her left shoulder was denied, what else was denied?")[1].regions == ("shoulder",)
    # ... or everything else, the outcome told said again by "too"; the thing told blanked each time it is told
    text, aside = set_aside("the 63 year old with the shoulder surgery - if the surgery was denied does that mean "
                            "everything else was too?")
    assert text == ("the 63 year old with the shoulder         - if the         was denied does that mean "
                    "everything else was too?")
    assert aside.treatments == ("surgery",)
    assert set_aside("the 63 year old's surgery was denied - was everything else too?")[1].treatments == ("surgery",)
    assert set_aside("the surgery was denied - what else is there to do?")[1] == SetAside()
    # ... not everything else claimed the other outcome (service.only: was it the only one?)
    assert set_aside("the 65 yo woman - omeprazole approved but everything else denied?")[1] == SetAside()


def test_forget_the_thing_sets_it_aside() -> None:
    # nat-2530: "forget the TENS, what happened to her back brace?" asks of the brace
    text, aside = set_aside("the 37 yo woman with the pillows - forget the TENS, what happened to her back brace?")
    assert text == "the 37 yo woman with the pillows -                , what happened to her back brace?"
    assert aside == SetAside(("tens", "dme"), (), "the TENS")
    assert set_aside("never mind the MRI, was the PT approved?")[1].treatments == ("mri", "imaging")


# two farm workers: a 65-year-old woman's hip CT and PT (both upheld); a 28-year-old man's EMG/NCV
# (upheld), Terocin lotion, omeprazole and pool therapy (overturned)
farm = sample_client("CM15-0249522", "CM16-0162851")


def test_the_patient_whose_letter_has_what_is_set_aside(farm) -> None:
    answer = ask(farm, "the farm worker's EMG got turned down but what else?")
    assert answer["answer"].startswith('IMR approved them: "Pool therapy, 6 sessions" [1], "Terocin lotion 120ml" [2] and '
                                      '"Omeprazole 20mg #60" [3] were approved (overturned: authorised). In CM16-0162851, '
                                      "besides the EMG, all 3 "
                                       "requests were approved (overturned).")
    assert "CM15-0249522" not in answer["answer"]


def test_the_patient_s_other_requests_past_a_story_of_the_body_part(client) -> None:
    answer = ask(client, "the 37 yo woman with the cumulative trauma and the pillows - forget the TENS, what happened to "
                         "her back brace?")
    assert answer["citations"][0]["request"] == "Lumbar support"


def test_what_else_at_imr_sets_aside_what_was_told() -> None:
    # nat-2636: "what else did he have at IMR?" asks of his other decided requests, the PT told set aside
    question = "the 46 yo man off work with the sore shoulders - the PT I know got denied, what else did he have at IMR?"
    assert set_aside(question)[1] == SetAside(("physical_therapy",), (), "the PT")
    assert set_aside("the surgery was denied, what else went to review?")[1].treatments == ("surgery",)
    # what else the patient has, not at IMR, is no request asked about
    assert set_aside("the PT was denied; what else does he have for pain?")[1] == SetAside()


# a 46-year-old man's PT for the shoulders, elbows and wrists and chiropractic with modalities (both
# upheld); a 46-year-old woman's low back PT (upheld)
forty_six = served_client("CM17-0015198", "CM17-0018279")


def test_the_other_request_at_imr_answers(forty_six) -> None:
    answer = ask(forty_six, "the 46 yo man off work with the sore shoulders - the PT I know got denied, what else did he "
                            "have at IMR?")
    assert answer["answer"].startswith("In CM17-0015198, besides the PT, the one request was denied (upheld).")
    assert answer["citations"][1]["request"] == "Chiro with modalities 2 times a week for 6 weeks for neck, back"


def test_what_the_patient_had_is_no_request_asked_when_the_others_are() -> None:
    # nat-2635: "the old neck fusion" describes him; the requests other than the MRI are asked about
    q = understand("the 53 yo man with the old neck fusion - other than the low back MRI, what else went to IMR?",
                   today=TODAY)
    assert (q.treatments, q.story_treatments) == ((), ("spine_surgery", "surgery"))
    assert q.set_aside.treatments == ("mri", "imaging")


def test_a_decision_told_as_the_ground_of_the_question_tells_the_patient() -> None:
    # "since IMR approved ..., why ...?": the surgery told decided (a premise the answer checks), the unit asked
    q = understand("since IMR approved the shoulder surgery for the 63 yo man, why was the cold therapy unit denied?")
    assert q.set_aside == SetAside(treatments=("surgery",), regions=("shoulder",),
                                   words="the shoulder surgery for the 63 yo man", tells=True, outcome="Overturned")
    assert q.treatments == ("cold_therapy", "dme")
    q = understand("now that UR denied her naproxen, what about the omeprazole?")
    assert (q.set_aside.treatments, q.set_aside.outcome) == (("nsaid", "medication"), None)
    # ... after an opening that names the operation, telling who he is: what is asked comes after the ground
    q = understand("the 63 yo man's shoulder scope - since IMR approved the surgery, why was the pre-op clearance denied?")
    assert (q.set_aside.treatments, q.set_aside.words, q.set_aside.outcome) == (("surgery",), "the surgery", "Overturned")
    assert q.treatments == ("preop_clearance",)
