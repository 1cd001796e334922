"""A chair asked for ("a lift chair", "a recliner chair") is a thing no request names, though the
letters use both its words ("lifting", "a chair fell apart"): not found, never answered with the
nearest back item. The chair of a patient's story still tells who they are (service.gather.unknown_phrase).
Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 54-year-old man whose chair fell apart under him: cervical and lumbar PT (both upheld); a 29-year-old
# woman's lumbar MRI (upheld); a 45-year-old woman's naproxen (overturned)
client = served_client("CM17-0010362", "CM17-0005246", "CM17-0019011")


def test_a_lift_chair_is_no_item_of_the_index(client) -> None:
    # nat-4478: answered with the 29-year-old woman's lumbar MRI, denied
    answer = ask(client, "my moms doctor wants her to get a lift chair for her back, has any letter approved one?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for lift chair.")


def test_the_chair_of_the_story_still_finds_the_patient(client) -> None:
    answer = ask(client, "my husband is 54 his chair broke at work, they denied his therapy for both neck and back?")
    assert answer["not_found"] == ""
    assert answer["answer"].startswith("Both were denied (upheld) [1][2].")
