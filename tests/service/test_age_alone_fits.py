"""A patient told by an age alone, no word telling a sex ("the 50 yr old's acupuncture"), that two
letters fit, each with a request for the treatment asked: each letter's decision, as for an age and
a sex ("the 37 yo woman - was her MRI denied?"); it answered one of them by chance, and the two
wordings below answered different ones (one approved, one denied). Real letters, the real model,
real HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import ask, served_client

# two 50-year-olds with acupuncture: a woman's overturned (CM17-0010885), a man's upheld (CM17-0007857)
client = served_client("CM17-0010885", "CM17-0007857", "CM16-0230548")


@pytest.mark.parametrize(("question", "opening"), [
    ("the 50 yr old's acupuncture", ""),
    ("was the 50 year old's acupuncture approved?", "It depends on which letter: "),
])
def test_each_fitting_letter_is_answered(client, question: str, opening: str) -> None:
    assert ask(client, question)["lead"] == (
        f"{opening}2 letters fit the 50-year-old patient equally and each has a request for acupuncture. In "
        "CM17-0010885, the one request for acupuncture was approved (overturned). In CM17-0007857, the one request for "
        "acupuncture was denied (upheld).")


def test_a_sex_told_picks_one(client) -> None:
    # (UR authorised 6 of his 8 sessions: the whole asked is partly approved, service.ur_part.partly_said)
    assert ask(client, "was the 50 year old man's acupuncture approved?")["lead"].startswith(
        "Partly: utilization review authorised Acupuncture for 6 sessions of the original Acupuncture for 8 sessions [1]; "
        'IMR upheld the denial of the rest ("Acupuncture for 2 sessions").')


def test_a_date_told_is_no_age_alone() -> None:
    # "We non-certified the lumbar MRI ... for our 28 y/o claimant on 11/30/2016": the date may be one letter's (the
    # tune row nat-489 went to both 28-year-olds' lumbar MRIs)
    from service.flows.fitting import _sexless
    from service.understand import understand
    assert _sexless(understand("the 50 yr old's acupuncture")) is True
    assert _sexless(understand("We non-certified the lumbar MRI for our 28 y/o claimant on 11/30/2016. Did IMR back us up?")) is False
    assert _sexless(understand("the 50 yr old hurt in March 2016 - acupuncture?")) is False
    assert _sexless(understand("the 50 year old man's acupuncture")) is False


def test_a_part_told_as_given_picks_the_letter_whose_request_ur_partly_authorised(client) -> None:
    # UR authorised 6 of the man's 8 acupuncture visits, IMR upheld the denial of the other 2; the woman's initial
    # acupuncture was decided whole
    for question in ("the carrier approved 6 acupuncture visits for the 50 yo but IMR denied the other 2, why?",
                     "UR gave the 50 year old 6 acupuncture sessions, what happened to the other 2?"):
        answer = ask(client, question)
        assert {c["case_number"] for c in answer["citations"]} == {"CM17-0007857"}, question
        assert 'the request for "Acupuncture for 2 sessions" was denied (Upheld: not authorised)' in answer["answer"]
