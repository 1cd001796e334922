"""The thing a "what about" asks of, when no letter uses its word, is not found even beside a treatment
told as the cause (service.lacking.wanted_unknown): "what about an EGD for stomach pain from the meds?"
answered one letter's medications. A short thing is read by its capitals ("EGD"); a known one ("the PT")
is still answered. Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM17-0013625: a 40-year-old woman, celecoxib and four oral suspensions (all upheld); CM17-0010362: a
# 54-year-old man, PT for the cervical and the lumbar spine (both upheld)
client = served_client("CM17-0013625", "CM17-0010362")


def test_an_egd_for_the_stomach_from_the_meds_is_no_letters(client) -> None:
    answer = ask(client, "what about an EGD for stomach pain from the meds?")
    assert answer["answer"].startswith("No letter in the index mentions EGD.")
    assert answer["citations"] == []


def test_a_known_thing_after_what_about_is_answered(client) -> None:
    answer = ask(client, "what about the PT for his neck?")
    assert answer["not_found"] == ""
    assert answer["citations"][0]["request"] == "Physical therapy for the cervical spine 2 times a week for 3 weeks"
