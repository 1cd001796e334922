"""Whether anyone got a kind of request decided one way ("is there anyone whose pool therapy got
approved?", "has anybody gotten an EMG of the arms approved?") asks across letters and selects by
that outcome (service.kinds, service.outcomes); "anybody who got" describes no patient
(service.people)."""

from __future__ import annotations

from datetime import date

import pytest

from service.understand import understand

TODAY = date(2017, 6, 1)


@pytest.mark.parametrize(("question", "decision"), [
    ("is there anyone whose pool therapy got approved", "Overturned"),
    ("is there anybody who got a TENS unit approved?", "Overturned"),
    ("was there anyone whose lumbar MRI was denied?", "Upheld"),
    ("has anybody gotten an EMG of the arms approved?", "Overturned"),
    # "any X approved?" of a kind named in the plural
    ("any TENS units approved?", "Overturned"),
    ("were any knee MRIs overturned?", "Overturned"),
    # anyone's, whose-ever it was
    ("was anyone's neck MRI approved?", "Overturned"),
    ("has anybody's TENS unit ever been overturned?", "Overturned"),
])
def test_anyone_whose_request_was_decided_is_a_list_by_that_outcome(question: str, decision: str) -> None:
    q = understand(question, today=TODAY)
    assert (q.kind, q.decision, q.person.described) == ("list", decision, False)


def test_a_patient_who_got_hurt_is_still_described() -> None:
    q = understand("the guy who got hurt lifting, was his TENS approved", today=TODAY)
    assert (q.kind, q.person.described) == ("item", True)


def test_any_of_one_patients_kind_is_theirs() -> None:
    q = understand("any chiro visits approved for the 46 yo man?", today=TODAY)
    assert (q.kind, q.person.described) == ("item", True)


@pytest.mark.parametrize("question", ["did IMR approve the hot cold unit for anyone?",
                                      "was the TENS unit approved for anybody else?",
                                      # a yes asked for after "anyone", and "anybody" with no "did" before it
                                      "the elbow braces werent approved for anyone right?",
                                      "anybody get a back brace approved?",
                                      "anyone ever got a wedge pillow approved?"])
def test_decided_for_anyone_is_a_list(question: str) -> None:
    q = understand(question, today=TODAY)
    assert (q.kind, q.person.described) == ("list", False)


def test_one_patients_request_for_her_is_not_a_list() -> None:
    assert understand("was the TENS unit approved for her?", today=TODAY).kind == "item"


def test_anyone_in_a_sentence_of_ones_own_is_no_list() -> None:
    # "anybody" that does not open the question, or a patient described: still one patient's
    assert understand("was her TENS unit approved? anybody know", today=TODAY).kind == "item"
