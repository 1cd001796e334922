"""Of letters a patient's age and sex fit alike, the one whose request for the treatment asked is of the body part
the question tells, even in the story ("my dad is 53, his back hurts and they did an MRI": his lumbar MRI, not another
53-year-old man's cervical one; service.patients.having_every_asked); and "they did shots" names the shots, no
unknown "they" kind of them (service.gather.unknown_phrase). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two 53-year-old men: a cervical MRI (overturned); a lumbar MRI, x-rays, a cervical CT and acupuncture (all upheld);
# two 34-year-old men: lumbar facet injections (upheld); a cervical MRI (upheld)
client = served_client("CM16-0246624", "CM17-0011703", "CM16-0219557", "CM16-0239607")


def test_the_part_told_in_the_story_picks_the_letter(client):
    back = ask(client, "my dad is 53, his back hurts and they did an MRI")
    assert back["citations"][0]["case_number"] == "CM17-0011703"
    assert "In case CM17-0011703, the request for \"MRI of the lumbar spine\" was denied" in back["answer"]
    neck = ask(client, "my dad is 53, his neck hurts and they did an MRI")
    assert neck["citations"][0]["case_number"] == "CM16-0246624"


def test_shots_they_did_are_shots(client):
    answer = ask(client, "my brother is 34, his back hurts and they did shots")
    assert answer["kind"] == "item"
    assert answer["citations"][0]["case_number"] == "CM16-0219557"


# a 50-year-old man's acupuncture remainder, of no body part (upheld); a 50-year-old woman's acupuncture for the neck
# (overturned); a 60-year-old man's acupuncture for the neck, hand and head (overturned)
acupuncture = served_client("CM17-0007857", "CM17-0010885", "CM16-0230548")


def test_a_request_of_no_part_is_of_any_part_told(acupuncture):
    answer = ask(acupuncture, "im 50, male, neck low back and right shoulder, PT hasnt helped. UR cut my acupuncture "
                              "from 8 to 6 visits, did IMR approve the other two?")
    assert answer["citations"][0]["case_number"] == "CM17-0007857"
