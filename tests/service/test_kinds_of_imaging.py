"""A study no letter has, named by a word that is only a kind of imaging ("discogram",
"myelogram"), is not found: it is not any imaging the letters decide (service.gather)."""

from __future__ import annotations

import pytest

from service.gather import _PROCEDURE, only_kind_of
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("word", "expected"), [
    ("discogram", True), ("myelogram", True), ("arthrogram", True),
    ("physiotherapy", False),  # a synonym of physical therapy
    ("sonogram", False),  # diagnostic ultrasound, a set of its own
    ("MRI", False), ("venogram", False),  # no set at all: left to the letters' words
])
def test_a_word_that_is_only_a_kind_of_an_umbrella_set(word: str, expected: bool) -> None:
    assert only_kind_of(word) is expected


def test_studies_by_their_ending_but_not_programs_or_weights() -> None:
    text = "a discogram, a myelography, the home exercise program, a diagram, 5 milligrams, prolotherapy"
    assert [m.group(0) for m in _PROCEDURE.finditer(text)] == ["discogram", "myelography", "prolotherapy"]


# two upheld lumbar MRIs
client = served_client("CM16-0246635", "CM17-0005246")


def test_a_discogram_is_not_found_rather_than_the_lumbar_mris(client) -> None:
    answer = ask(client, "Has a discogram ever been authorized at IMR for low back pain?")
    assert answer["lead"] == ("No letter in the index decides a request for discogram. The nearest items are shown as "
                              "related, not as the answer.")
