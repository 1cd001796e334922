"""'the neck nerve test' is an EMG/NCS of the upper extremities (the neck's nerve roots run to the arms),
'the low back nerve test' one of the lower extremities; a letter with an EMG/NCV of the arms has it,
not 'no request for neck nerve test' (service.lay_group; found asking by hand over test letters).
Over the project's sample letters, the real model and real HTTP for the answers."""

from __future__ import annotations

from service.lay_group import nerve_limbs
from service.understand import understand
from tests.conftest import ask, sample_client

client = sample_client("CM16-0162851")  # a 28-year-old male farm worker: EMG/NCV of the bilateral upper extremities upheld


def test_a_spine_region_of_a_nerve_study_names_its_limbs() -> None:
    assert nerve_limbs(("nerve_study",), [("cervical", "neck")]) == [("cervical", "neck"), ("upper extremity", "neck")]
    assert nerve_limbs(("emg",), [("lumbar", "low back")]) == [("lumbar", "low back"), ("lower extremity", "low back")]
    assert nerve_limbs(("mri",), [("cervical", "neck")]) == [("cervical", "neck")]
    assert understand("63 yo man - the neck nerve test, was it approved?").body_regions == ("cervical", "upper extremity")
    # ... and a joint its limb: "I have carpal tunnel ..., they approved the nerve test" answered "No wrist/hand
    # nerve study ... request is in the index" over letters whose EMG/NCS are of the upper extremities
    assert nerve_limbs(("nerve_study",), [("wrist/hand", "carpal")]) == [("wrist/hand", "carpal"), ("upper extremity", "carpal")]
    assert nerve_limbs(("ncs",), [("knee", "knee"), ("lower extremity", "leg")]) == [("knee", "knee"), ("lower extremity", "leg")]


def test_a_joint_s_nerve_test_is_the_letters_arm_study(client) -> None:
    answer = ask(client, "the 28 yo farm worker - his wrist nerve test, was it approved?")
    assert answer["answer"].startswith('No: the denial of "EMG/NCV of the bilateral upper extremities" was upheld; it was not authorised [1].')


def test_the_neck_nerve_test_is_the_letters_arm_study(client) -> None:
    answer = ask(client, "the 28 yo farm worker - his neck nerve test, was it approved?")
    assert answer["answer"].startswith('No: the denial of "EMG/NCV of the bilateral upper extremities" was upheld; it was not authorised [1].')
    assert answer["citations"][0]["request"] == "EMG/NCV of the bilateral upper extremities"
