"""A last question that only says how many of it ("both of them?", "all 3?") asks of what the
question before it names (service.asking.asking_span): "were his x-rays denied? both of them?" is
every x-ray of the patient's, not the x-ray of the neck his story names (nat-2943, a tune letter:
CM17-0011703, a 53-year-old with an old neck fusion whose cervical and lumbar x-rays were both
upheld). Over a real letter, the real model and real HTTP for the answer."""

from __future__ import annotations

from service.asking import asking_span
from service.understand import understand
from tests.conftest import ask, served_client

client = served_client("CM17-0011703", "CM16-0246624")


def test_how_many_of_it_asks_with_the_question_before() -> None:
    text = "my dad is 53, had a neck fusion years ago. were his x-rays denied? both of them?"
    assert asking_span(text) == (len("my dad is 53, had a neck fusion years ago. "), len(text))
    q = understand(text)
    assert (q.treatments, q.body_regions) == (("xray", "imaging"), ())
    assert asking_span("was the MRI denied? all 3?") == (0, len("was the MRI denied? all 3?"))
    # a question of its own after it stays the one asked
    assert asking_span("was the MRI denied? was the PT?") == (len("was the MRI denied? "), len("was the MRI denied? was the PT?"))


def test_both_of_the_patients_items_are_answered(client) -> None:
    answer = ask(client, "my dad is 53, had a neck fusion years ago. were his x-rays denied? both of them?")
    assert answer["answer"].startswith("Yes: both were denied (upheld) [1][2].")
    assert {c["request"] for c in answer["citations"][:2]} == {"Cervical spine x-rays", "Lumbar spine x-rays"}
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0011703"}
