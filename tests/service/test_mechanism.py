"""How the patient was hurt picks the patient out: the question's words against the summaries'."""

from __future__ import annotations

import pytest

from service.mechanism import mechanisms, recorded
from tests.conftest import ask, served_client


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("the TENS for the woman with cumulative trauma to her neck and low back", ("cumulative trauma",)),
        ("her shoulder hurts from repetitive work", ("cumulative trauma",)),
        ("She hurt herself lifting at work", ("lifting",)),
        ("the guy who was rear-ended on the freeway", ("vehicle",)),
        ("the nurse who was punched by a patient", ("assault",)),
        ("the man who passed out and fell", ("fainted",)),
        ("the 54-year-old man whose chair broke", ("chair",)),
        ("she fell off her office chair", ("chair",)),
        # ... told in the first person, the verb in its base form: "I had a chair break under me"
        ("I'm 54, I had a chair break under me at work, they turned down my back MRI - why?", ("chair",)),
        ("the guy who fell off a ladder", ("ladder",)),
        ("she slipped on a wet floor", ("slip or trip",)),
        # tripped where or while, without the fall (nat-725)
        ("my dad 63 tripped at work and tore his shoulder", ("slip or trip",)),
        ("he slipped while carrying a box", ("slip or trip",)),
        ("the guy who slipped off the bottom step of a ladder", ("ladder",)),
        # a fall, unless another mechanism tells how they fell
        ("She fell at work in October 2016, hit her head", ("fall", "head")),
        ("the man hurt in a fall from the loading dock", ("fall",)),
        ("the man who fainted and fell at work", ("fainted",)),
        # a hand or finger crushed, smashed or caught (nat-1769)
        ("the 33 yo door-smash guy", ("crush",)),
        ("the one whose hand got crushed in the press", ("crush",)),
        ("she caught her finger in a machine", ("crush",)),
        # a pinched nerve is a condition, no crush ("the man with the pinched nerve in his low back")
        ("the man with the pinched nerve in his low back whose facet shots got denied - why?", ()),
        ("he pinched his finger in the door", ("crush",)),
        ("he fell asleep at the wheel", ()),
        ("the 54 year old woman with neck pain", ()),
        ("why was the chair for her desk denied?", ()),
    ],
)
def test_mechanisms(text: str, told: tuple[str, ...]) -> None:
    assert mechanisms(text) == told


def test_recorded_in_the_summarys_words() -> None:
    assert recorded("vehicle", "sustained injuries in a motor vehicle accident while driving")
    assert recorded("cumulative trauma", "Mechanism of injury is detailed as cumulative trauma.")
    assert recorded("fainted", "he had a syncopal episode and fell")
    assert not recorded("lifting", "she tripped over a box")
    assert recorded("chair", "a chair fell apart from underneath him and he fell backwards")
    assert recorded("slip or trip", "she tripped over a box")
    assert recorded("fall", "She slipped and landed on her left side")
    assert not recorded("fall", "She was lifting a patient when she felt a pop")
    assert recorded("crush", "The mechanism of injury is detailed as smashing the hand on a door.")
    assert not recorded("crush", "sustained an industrial injury on 10-14-2016")
    assert not recorded("crush", "He reported a pinched nerve in the low back with pain radiating to the leg.")


# two 54-year-old men, neither with a knee MRI: one whose chair fell apart under him (cervical and
# lumbar PT), one who fell pushing a toolbox up a ramp (hip and foot PT, an MRI/CT of the spine)
men = served_client("CM17-0010362", "CM16-0238676")


def test_the_chair_that_broke_picks_the_man_whose_letter_then_lacks_the_knee_mri(men):
    answer = ask(men, "Did IMR approve the knee MRI for the 54-year-old man whose chair broke?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    assert answer["answer"].startswith("The letter of the patient described, case CM17-0010362, has no request for knee MRI.")


# a 24-year-old man who fainted and fell (a cervical CT); a 47-year-old man's knee MRIs (no faint)
fainted = served_client("CM17-0005924", "CM17-0001064")


def test_the_man_who_fainted_is_one_patient_whose_letter_lacks_another_mans_knee_mri(fainted):
    answer = ask(fainted, "The man who fainted and fell at work: was his knee MRI approved?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    assert answer["answer"] == (
        "The letter of the patient described, case CM17-0005924, has no request for knee MRI. Its letter decided 1 "
        "item: 1. \"Retrospective CT scan of the cervical spine (DOS 11/18/16)\": approved (overturned).")
    # without the story, any man: the knee MRI asked about is the other man's
    plain = ask(fainted, "Was the man's knee MRI approved?")
    assert plain["kind"] == "item"
    assert plain["hits"][0]["case_number"] == "CM17-0001064"


# two 33-year-old men hurt on 10/14/2016: one who smashed his hand on a door (three MRIs, all denied,
# and three drugs), one whose letter tells no mechanism (two requests)
alike = served_client("CM16-0234464", "CM16-0247624")


def test_the_door_smash_picks_the_man_whose_summary_tells_it(alike):
    answer = ask(alike, "what else did IMR say no to for the 33 yo door-smash guy, besides the MRIs?")
    assert answer["answer"].startswith("In CM16-0234464, besides the MRIs, all 3 requests were denied (upheld).")
    assert "CM16-0247624" not in answer["answer"]


def test_lifting_that_makes_the_pain_worse_records_no_mechanism() -> None:
    from service.mechanism import recorded

    assert recorded("lifting", "The mechanism of injury is detailed as lifting.")
    assert recorded("lifting", "He injured his back while lifting a box at work.")
    # "i hurt my back lifting and they said no to therapy" picked a shoulder letter whose summary says this
    assert not recorded("lifting", "There was increased pain with reaching, pulling, pushing and lifting.")
