""""Some of", "most of" or "none of" the requests of a kind asks across letters, as "any of" does
(service.kinds): "were some of the injection requests approved?" was answered with one facet
injection's denial. Over real letters, the real model and real HTTP."""

from __future__ import annotations

from service.understand import understand
from tests.conftest import ask, served_client


def test_some_most_or_none_of_the_requests_is_a_list() -> None:
    assert understand("were some of the injection requests approved?").kind == "list"
    assert understand("were most of the MRI requests denied?").kind == "list"
    assert understand("none of the PT requests were approved, right?").kind == "list"
    # ... but of one case, or of the patient described, their requests
    assert understand("in CM17-0013625 were some of the requests approved?").kind == "item"
    assert understand("the 40 yo woman with all the liquid meds - were some of the requests approved?").kind == "item"


# CM16-0219557: facet joint injections (upheld); CM17-0005418: right L4 and L5 transforaminal ESIs (upheld)
client = served_client("CM16-0219557", "CM17-0005418")


def test_some_of_the_injection_requests_lists_them_all(client) -> None:
    answer = ask(client, "were some of the injection requests approved?")
    assert answer["answer"].startswith("3 injection and procedure requests are in the index: 0 approved (overturned), "
                                       "3 denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0219557", "CM17-0005418"}
