"""The condition a patient is called by is no treatment asked about: "the patient with carpal tunnel, what did IMR
decide?" finds the letter whose patient has it, not "no letter decides a request for tunnel" (service.lacking,
service.diagnosed); a thing no letter prints, said the same way, is still not found. Real letters, the real model,
real HTTP (/api/ask)."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM16-0248034: EMG/NCS of the arms approved, "carpal tunnel symptoms for 2 years"; CM17-0003890: PT denied
client = served_client("CM16-0248034", "CM17-0003890")


def test_a_condition_told_finds_its_letter(client) -> None:
    answer = ask(client, "the patient with carpal tunnel, what did IMR decide?")
    assert answer["kind"] != "not_found"
    assert answer["answer"].startswith("Approved (Overturned): objective findings documented [1]. In case CM16-0248034, "
                                       'the request for "EMG/NCS of the bilateral upper extremities" was approved')


def test_a_thing_no_letter_prints_is_still_not_found(client) -> None:
    answer = ask(client, "the patient with a hot tub, was it approved?")
    assert answer["kind"] == "not_found"
    assert answer["answer"].startswith("No letter in the index mentions hot tub.")
