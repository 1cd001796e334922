"""A kind of request named in the plural as the topic, then what IMR decided ("hip and elbow MRIs -
what did IMR decide?") is a list of every such item with its decision and reason, not one letter's
item. Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "kind"), [
    ("hip and elbow MRIs - what did IMR decide?", "list"),
    ("knee x-rays: what happened at IMR?", "list"),
    # one patient's or one case's stay theirs
    ("her MRIs - what did IMR decide?", "item"),
    ("CM16-0242302 MRIs - what did IMR decide?", "item"),
    # any of a kind that got through IMR: those approved, a list (not one program's denial)
    ("any functional restoration programs get through?", "list"),
    ("did his MRI get through?", "item"),
    # ... asked of the people who asked for it, or of the kind in the plural
    ("what happened to the people who asked for TENS units?", "list"),
    ("what happened to everyone who asked for acupuncture?", "list"),
    ("how did the knee MRIs do at IMR?", "list"),
    ("what happened to the patient who asked for acupuncture in CM16-0242419?", "item"),
])
def test_a_kind_named_then_what_was_decided_is_a_list(question, kind):
    assert understand(question).kind == kind


# the elbow MRI (CM16-0242302) and the hip MRI (CM16-0248655), both upheld
client = served_client("CM16-0242302", "CM16-0248655")


def test_each_item_is_given(client):
    body = ask(client, "hip and elbow MRIs - what did IMR decide?")
    assert body["answer"].startswith("2 hip or elbow MRI requests are in the index: 0 approved (overturned), 2 denied "
                                     "(upheld). ")
    assert {c["case_number"] for c in body["citations"] if c["role"] == "finding"} == {"CM16-0242302", "CM16-0248655"}
