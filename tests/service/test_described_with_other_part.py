"""The same treatment asked at another body part than the one the patient is described with: "why was the knee MRI
denied for the 28 yo woman with the lumbar MRI?" asks of a knee MRI; the lumbar MRI tells who she is
(service.described_with.regions_described_with, service.patients._listed_at_parts). It answered her lumbar MRI as if
asked, or another 28-year-old woman's letter. The rules pure; then real letters, the real model, real HTTP."""

from __future__ import annotations

from datetime import date

from service.described_with import regions_described_with
from service.understand import understand
from tests.conftest import ask, served_client

# CM16-0246635: a 28-year-old woman's lumbar MRI (upheld); CM17-0017776: a 28-year-old woman's TENS unit and thoracic
# MRI; CM16-0243453: a 60-year-old woman's knee and lumbar MRIs and chiropractic
client = served_client("CM16-0246635", "CM17-0017776", "CM16-0243453")


def test_the_part_inside_the_description_is_who_she_is():
    text = "why was the knee MRI denied for the 28 yo woman with the lumbar MRI?"
    assert regions_described_with(text, [("knee", "knee"), ("lumbar", "lumbar")], ("MRI",)) == [("lumbar", "lumbar")]
    # (every part inside the description, or none: nothing left out)
    assert regions_described_with("the woman with the knee and back pain - why was her MRI denied?",
                                  [("knee", "knee"), ("lumbar", "back")], ("MRI",)) == []
    assert regions_described_with("why were the knee and lumbar MRIs denied?", [("knee", "knee"), ("lumbar", "lumbar")],
                                  ("MRI",)) == []
    # (a description that names no treatment asked tells where it hurts, the part of what is asked too: tune nat-893)
    text = ("the 34-year-old male claimant with right neck and shoulder strain and positive rotator cuff impingement "
            "testing, who denied numbness or tingling in the arms, did the IMR reviewer find the cervical MRI medically "
            "necessary?")
    assert regions_described_with(text, [("cervical", "neck"), ("shoulder", "shoulder"), ("upper extremity", "arms")],
                                  ("MRI",)) == []


def test_understood_region_is_the_asked_one():
    query = understand("why was the knee MRI denied for the 28 yo woman with the lumbar MRI?", today=date(2026, 12, 7))
    assert query.body_regions == ("knee",)


def test_her_letter_lacks_the_part_asked(client) -> None:
    for question in ("why was the knee MRI denied for the 28 yo woman with the lumbar MRI?",
                     "the 28 yo woman with the lumbar MRI - why was her knee MRI denied?"):
        body = ask(client, question)
        assert body["not_found"] == "case_lacks"
        assert body["answer"] == ('The letter of the patient described, case CM16-0246635, has no request for knee MRI. '
                                  'Its letter decided 1 item: 1. "MRI of the Lumbar spine without contrast": denied (upheld).')
