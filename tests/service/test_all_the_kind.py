"""A quantifier before a treatment's name names no kind of it (service.gather.unknown_phrase): "of
all the injection requests, were any not denied?" answered "No letter in the index decides a request
for all the injection." Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM16-0219557: facet joint injections (upheld); CM17-0005418: right L4 and L5 transforaminal ESIs (upheld)
client = served_client("CM16-0219557", "CM17-0005418")


def test_all_the_injection_requests_are_the_injections(client) -> None:
    answer = ask(client, "of all the injection requests, were any not denied?")
    assert answer["not_found"] == "no_outcome"  # none was approved: said, with the denials
    assert answer["answer"].startswith("None of the 3 injection and procedure requests in the index was approved "
                                       "(overturned); all 3 were denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0219557", "CM17-0005418"}


def test_an_unknown_kind_after_all_the_is_still_said(client) -> None:
    answer = ask(client, "of all the ketamine infusion requests, were any approved?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for ketamine infusion.")
