"""A request that names no body part ("TENS unit") is of the body parts its letter's summary speaks of: asked "for my
knee" of no one described, a TENS unit whose letter tells of a neck, a low back, wrists and elbows is no knee's, and
the answer says no knee TENS unit was decided (service.flows.item.regionless_fit). Real letters, the real model, real
HTTP."""

from __future__ import annotations

from service.lacking import with_their_limbs
from tests.conftest import ask, served_client


def test_a_joint_names_its_limb_but_a_limb_names_no_joint():
    assert with_their_limbs({"knee"}) == {"knee", "lower extremity"}
    assert with_their_limbs({"lower extremity"}) == {"lower extremity"}


# TENS unit, lumbar support, cervical and wedge pillows, wrist and elbow braces (37F: neck, low back, wrists, elbows)
client = served_client("CM16-0248471")


def test_a_regionless_request_is_not_of_a_body_part_its_letter_never_tells(client):
    answer = ask(client, "my physical therapist recommended a TENS unit for my knee, did IMR approve it?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"] == "No knee TENS unit request is in the index; 1 TENS unit request for other body regions is."


def test_a_regionless_request_is_of_a_body_part_its_letter_tells(client):
    answer = ask(client, "my physical therapist recommended a TENS unit for my neck, did IMR approve it?")
    assert answer["not_found"] == ""
    assert answer["hits"][0]["title"] == "TENS unit"


def test_a_condition_told_is_no_part_the_request_is_of(client):
    # "for my back pain" would be a part; "for my sciatica" tells what the patient has, what the thing is for
    answer = ask(client, "my doctor recommended a TENS unit for my sciatica, did IMR approve it?")
    assert answer["not_found"] == ""
    assert answer["hits"][0]["title"] == "TENS unit"
