"""Care told in the patient's story ("she was doing chiro with some benefit") ranks the letters that also decided
it, but only among those that may be the patient described: a 60-year-old woman's letter with a lumbar MRI and a
chiropractic request is never the answer about a 28-year-old's MRI (service.flows.chosen._in_context,
service.patients.contradicting). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# the 28-year-old woman's lumbar MRI (CM16-0246635, she had chiropractic care, no chiropractic request), the
# 29-year-old's (CM17-0005246), a 28-year-old woman's thoracic MRI (CM17-0017776), and a 60-year-old woman's
# lumbar MRI beside her chiropractic requests (CM16-0243453)
client = served_client("CM16-0246635", "CM17-0005246", "CM17-0017776", "CM16-0243453")


def test_care_told_in_the_story_does_not_pick_a_letter_of_another_age(client) -> None:
    answer = ask(client, "28 yr old girl, low back, she was doing chiro with some benefit - why'd they deny her MRI")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0246635"}
    assert 'the request for "MRI of the Lumbar spine without contrast" was denied (Upheld: not authorised)' in answer["answer"]


def test_care_told_in_the_story_still_picks_among_letters_of_that_age(client) -> None:
    # no age or sex told: the letter that also decided the chiropractic care is the one meant
    answer = ask(client, "the patient doing chiro - why'd they deny the lumbar MRI")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0243453"}
