"""A guideline source a list or pattern question selects plainly filters its items
(service.cited, service.plan); naming a guideline selects nothing."""

from __future__ import annotations

import pytest

from service.cited import selected_source
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("text", "source"), [
    ("which letters cite ODG for an MRI denial?", "ODG"),
    ("why are MRIs denied under ACOEM?", "ACOEM"),
    ("PT requests decided under the MTUS", "MTUS"),
    ("lumbar MRI denials based on the Official Disability Guidelines", "ODG"),
    ("what does ODG say about knee MRIs?", None),
    ("Why was the MRI denied?", None),
])
def test_a_source_selected(text: str, source: str | None) -> None:
    assert selected_source(text) == source


# two upheld MRIs: a right elbow MRI decided on ODG, a cervical MRI decided on the MTUS (ACOEM) chapter
client = served_client("CM16-0242302", "CM16-0239607")


def test_the_mris_whose_reviewer_cited_odg(client):
    answer = ask(client, "which letters cite ODG for an MRI denial?")
    assert answer["kind"] == "list"
    assert answer["answer"].startswith("The one MRI request (the reviewer citing ODG) in the index was denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0242302"}
