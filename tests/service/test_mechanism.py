"""How the patient was hurt picks the patient out: the question's words against the summaries'."""

from __future__ import annotations

import pytest

from service.mechanism import mechanisms, recorded


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("the TENS for the woman with cumulative trauma to her neck and low back", ("cumulative trauma",)),
        ("her shoulder hurts from repetitive work", ("cumulative trauma",)),
        ("She hurt herself lifting at work", ("lifting",)),
        ("the guy who was rear-ended on the freeway", ("vehicle",)),
        ("the nurse who was punched by a patient", ("assault",)),
        ("the man who passed out and fell", ("fainted",)),
        ("the 54 year old woman with neck pain", ()),
    ],
)
def test_mechanisms(text: str, told: tuple[str, ...]) -> None:
    assert mechanisms(text) == told


def test_recorded_in_the_summarys_words() -> None:
    assert recorded("vehicle", "sustained injuries in a motor vehicle accident while driving")
    assert recorded("cumulative trauma", "Mechanism of injury is detailed as cumulative trauma.")
    assert recorded("fainted", "he had a syncopal episode and fell")
    assert not recorded("lifting", "she tripped over a box")
