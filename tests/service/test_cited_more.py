"""Which of two guideline sources is cited more: "is ODG or MTUS cited more for MRI denials?" is the
count of each over the collection (as "ODG vs MTUS for MRI denials - how many each?"), not one MRI's guideline."""

from __future__ import annotations

import msgspec

from service.collection.read import read
from service.collection.vocab import Vocabulary
from service.understand import understand


def fields(question: str) -> dict:
    return msgspec.to_builtins(read(question, Vocabulary()))


def test_which_source_is_cited_more_is_a_count_of_each():
    question = "is ODG or MTUS cited more for MRI denials?"
    assert understand(question).kind == "count"
    assert fields(question) == {
        "shape": "compare", "where": {"treatment": "mri", "decision": "Upheld"},
        "groups": ({"label": "MRI cites ODG", "where": {"guideline_source": "ODG"}},
                   {"label": "MRI cites MTUS", "where": {"guideline_source": "MTUS"}}),
        "notes": ("read as: a comparison of MRI cites ODG, MRI cites MTUS",)}
    assert fields("was ODG or MTUS used more for acupuncture?")["groups"] == (
        {"label": "acupuncture cites ODG", "where": {"guideline_source": "ODG"}},
        {"label": "acupuncture cites MTUS", "where": {"guideline_source": "MTUS"}})


def test_one_items_guideline_is_no_count():
    assert understand("which guideline was used for the 61 yo woman's hip MRI?").kind == "item"
    assert read("was the MTUS cited more than once in her MRI denial?", Vocabulary()) is None
