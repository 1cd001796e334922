"""A patient told by a decided request ("the 53 yo whose neck MRI got approved - what about his
x-rays?") is the one whose letter has it; what is asked is the other request (service.besides sets
the told one aside). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.besides import SetAside, set_aside
from tests.conftest import ask, served_client


def test_a_whose_clause_is_set_aside_when_another_request_is_asked():
    text = "the 53 yo whose neck MRI got approved - what about his x-rays?"
    assert set_aside(text) == (
        text,
        SetAside(treatments=("mri", "imaging"), regions=("cervical",), words="the neck MRI", tells=True, outcome="Overturned"))
    # ... not when it is the only request named
    assert set_aside("the man whose MRI was denied - why?") == ("the man whose MRI was denied - why?", SetAside())


# two 53-year-old men: CM16-0246624 (cervical MRI overturned, nothing else) and CM17-0011703
# (lumbar MRI, cervical and lumbar x-rays, cervical CT, acupuncture: all upheld)
client = served_client("CM16-0246624", "CM17-0011703")


def test_the_patient_told_by_the_decided_request_lacks_what_is_asked(client):
    body = ask(client, "the 53 yo whose neck MRI got approved - what about his x-rays?")
    assert body["answer"].startswith("The letter of the patient described, case CM16-0246624, has no request for "
                                     "x-rays. Its letter decided 1 item: 1. \"MRI scan of the cervical spine\": "
                                     "approved (overturned).")


def test_a_whose_clause_of_a_group_holding_what_is_asked_is_no_aside():
    # the celebrex is one more of the medications told: both are asked of (nat-1435)
    text = "40yo woman whose liquid meds were denied - was the celebrex denied too?"
    assert set_aside(text) == (text, SetAside())
