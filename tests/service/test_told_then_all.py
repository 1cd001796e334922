"""A patient told by one of their requests, then a question over all their requests (hand32): "the 53 yo whose
neck MRI was denied - what else did he ask for?" (service.besides: what else was asked for), "the guy whose
neck MRI got denied - was anything approved?" (the told request picks the letters, service.told_item; every
request of theirs is answered). Real letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

from service.besides import set_aside
from tests.conftest import ask, served_client

# CM16-0246624: a 53-year-old man's cervical MRI, approved, his one request; CM16-0239607: a 34-year-old man's
# cervical MRI, denied, his one request; CM16-0234464: a 33-year-old man's cervical, lumbar and hand MRIs and
# three medications, all denied; CM17-0002106: a 54-year-old woman's shoulder MRI, neck MRI and head CT, all denied
client = served_client("CM16-0246624", "CM16-0239607", "CM16-0234464", "CM17-0002106")


def test_what_else_was_asked_for_sets_the_told_request_aside():
    _text, aside = set_aside("the 53 yo whose neck MRI was denied - what else did he ask for?")
    assert (aside.treatments, aside.regions, aside.tells, aside.outcome) == (("mri", "imaging"), ("cervical",), True, "Upheld")
    _text, aside = set_aside("the guy whose neck MRI got denied - was anything approved?")
    assert (aside.treatments, aside.tells, aside.outcome) == (("mri", "imaging"), True, "Upheld")
    assert set_aside("what else can I ask for after the MRI denial?")[1].treatments == ()
    # ... asked of with the rest, or not
    assert set_aside("the guy whose neck MRI got denied - was anything approved?")[1].with_rest
    assert not set_aside("the guy whose neck MRI got denied - was anything else approved?")[1].with_rest


def test_all_her_requests_the_told_one_too(client):
    answer = ask(client, "the 54 yo woman whose shoulder MRI was denied - were all her requests denied?")
    assert answer["answer"].startswith("Yes: in CM17-0002106, all 3 requests were denied (upheld).")


def test_what_else_he_asked_for(client):
    answer = ask(client, "the 53 yo whose neck MRI was denied - what else did he ask for?")
    assert answer["answer"].startswith("The letter of the patient described, case CM16-0246624, has no request besides the "
                                       'MRI. Its letter decided 1 item: 1. "MRI scan of the cervical spine": approved (overturned).')


def test_anything_approved_of_the_patients_the_told_request_fits(client):
    answer = ask(client, "the guy whose neck MRI got denied - was anything approved?")
    assert answer["answer"].startswith("No: 2 letters fit the man described equally. ")
    assert "In CM16-0239607, the one request was denied (upheld)." in answer["answer"]
    assert "In CM16-0234464, none of the 6 requests was approved (overturned)." in answer["answer"]
    assert "CM16-0246624" not in answer["answer"]  # his neck MRI was approved: the told denial fits him less
