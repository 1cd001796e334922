"""A drug named by name beside its class words asks about that drug, not the class."""

from __future__ import annotations

import pytest

from service.gather import _named_in_its_class
from service.understand import understand


@pytest.mark.parametrize(("question", "named"), [
    ("the sleeping pills - has IMR ever approved Ambien (zolpidem) for anyone here?", ["Ambien", "zolpidem"]),
    ("sleeping pills like Ambien - ever approved?", []),
    ("anti-inflammatories such as Mobic, ever approved?", []),
    ("the sleeping pills - were any approved?", []),
])
def test_a_drug_named_beside_its_class(question: str, named: list[str]) -> None:
    assert _named_in_its_class(understand(question)) == named
