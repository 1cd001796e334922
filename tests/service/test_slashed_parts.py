"""Two body parts joined by a slash (service.understand): "wrist/elbow braces" are the wrist's and
the elbow's, "neck/back PT" the neck's and the back's; other slashes ("w/o", "EMG/NCS", the region
"wrist/hand") are left as they are."""

from __future__ import annotations

import pytest

from service.understand import understand


@pytest.mark.parametrize(("question", "regions"), [
    ("cervical pillows, wedge pillows, wrist/elbow braces - does IMR ever approve any of these?",
     ("cervical", "wrist/hand", "elbow")),
    ("neck/back PT for the 43F?", ("cervical", "lumbar")),
    ("the wrist/hand MRI", ("wrist/hand",)),
    ("w/o contrast MRI", ()),
])
def test_two_parts_with_a_slash_are_both_read(question: str, regions: tuple[str, ...]) -> None:
    assert understand(question).body_regions == regions
