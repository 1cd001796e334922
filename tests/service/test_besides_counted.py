"""A question over one patient's requests that sets one aside ("anything besides the MRI denied?")
counts the others only: "In CM16-0230548, besides the MRI, the one request was approved
(overturned).", never the MRI's denial counted in (service.flows.item). Real letters, the real model,
real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 60-year-old man's neck and right hand MRI (upheld) and his acupuncture (overturned); a 24-year-old
# man's cervical CT (overturned)
client = served_client("CM16-0230548", "CM17-0005924")


def test_the_count_leaves_out_what_is_set_aside(client):
    # its no of the requests besides the MRI: the acupuncture, approved ("was anything ..." said "Yes:", the MRI's
    # denial counted in)
    for question in ("anything besides the MRI denied for the 60 yo man who hit his head?",
                     "was anything besides the MRI denied for the 60 yo man who hit his head?"):
        answer = ask(client, question)
        assert answer["answer"].startswith("No: in CM16-0230548, besides the MRI, the one request was approved (overturned).")


def test_without_a_thing_set_aside_every_request_is_counted(client):
    answer = ask(client, "was anything denied for the 60 yo man who hit his head?")
    assert answer["answer"].startswith("Yes: in CM16-0230548, 1 of the 2 requests was denied (upheld).")
