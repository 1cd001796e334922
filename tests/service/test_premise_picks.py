"""Of the letters an age and a sex fit, the one a why-question's premise picks out (service.premise_picks): "the 53 yo
man - why was it approved?" answered another 53-year-old man's denied x-rays, his summary reading closer to the
question. Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two 53-year-old men: a cervical MRI, overturned (CM16-0246624); five neck and low back requests, all upheld,
# with foot pain in his summary (CM17-0011703)
client = served_client("CM16-0246624", "CM17-0011703")


def test_the_premise_picks_the_one_letter_that_agrees(client) -> None:
    answer = ask(client, "the 53 yo man - why was it approved?")
    assert answer["answer"].startswith('Approved (Overturned): objective findings documented [1]. In case CM16-0246624, '
                                       'the request for "MRI scan of the cervical spine" was approved')
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0246624"}
    assert ("patient: CM16-0246624, the one letter the description fits whose request was approved"
            in answer["understood"]["notes"])


def test_the_other_premise_picks_the_other_letter(client) -> None:
    answer = ask(client, "the 53 yo man - why was it denied?")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0011703"}


def test_a_story_told_is_not_overridden_by_the_premise(client) -> None:
    # his foot pain tells him apart: the wrong premise is corrected, not another man's letter answered
    answer = ask(client, "the 53 yo guy with foot pain - why was it approved?")
    assert answer["answer"].startswith("IMR denied it:")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0011703"}
