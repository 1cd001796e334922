"""The body part told at each treatment ("the acupuncture and the neck MRI": the MRI is of the neck),
so the letter holding each treatment at its part is found (service.part_told, service.patients)."""

from __future__ import annotations

import pytest

from service.part_told import parts_told


@pytest.mark.parametrize(("text", "parts"), [
    ("the man with the acupuncture and the neck MRI, was either approved?",
     {"mri": frozenset({"cervical"}), "imaging": frozenset({"cervical"})}),
    ("guy who had acupuncture for his neck plus a MRI of the neck",
     {"acupuncture": frozenset({"cervical"}), "mri": frozenset({"cervical"}), "imaging": frozenset({"cervical"})}),
    ("the patient with the low back MRI and the acupuncture for the lower back",
     {"mri": frozenset({"lumbar"}), "imaging": frozenset({"lumbar"}), "acupuncture": frozenset({"lumbar"})}),
    ("knee MRI and shoulder surgery", {"mri": frozenset({"knee"}), "imaging": frozenset({"knee"}),
                                       "surgery": frozenset({"shoulder"})}),
    ("the 53 yo man's acupuncture and PT", {}),
])
def test_the_part_told_at_each_treatment(text: str, parts: dict[str, frozenset[str]]) -> None:
    assert parts_told(text) == parts
