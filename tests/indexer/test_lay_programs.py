"""Lay names of programs and of pool therapy (indexer.treatments_tests_therapies): "the rehab
program" may be a functional restoration program as well as physical therapy, "the restoration
program" is one; "pool PT", "the pool sessions" are aquatic therapy, not land physical therapy."""

from __future__ import annotations

import pytest

from indexer.treatments import find_treatments


@pytest.mark.parametrize(("text", "found"), [
    ("why was the rehab program denied?", [("physical_therapy", "rehab program"), ("functional_restoration", "rehab program")]),
    ("the pain rehab program", [("functional_restoration", "pain rehab program"), ("physical_therapy", "rehab program")]),
    ("was the restoration program approved?", [("functional_restoration", "restoration program")]),
    ("was the pool PT denied?", [("aquatic_therapy", "pool PT")]),
    ("the pool sessions, why denied?", [("aquatic_therapy", "pool sessions")]),
    # unchanged: the letters' own headings
    ("Functional restoration program, 8 days", [("functional_restoration", "Functional restoration")]),
    ("PT 3X4 FOR THE L/S", [("physical_therapy", "PT")]),
    ("Pool therapy, 6 sessions", [("aquatic_therapy", "Pool therapy")]),
])
def test_lay_program_and_pool_words(text, found) -> None:
    assert find_treatments(text) == found
