"""A part of one request given, the rest asked about: remainders after UR's part rank higher."""

from __future__ import annotations

import pytest

from service.partly import part_given_rest_asked


@pytest.mark.parametrize(("text", "told"), [
    ("my doctor wanted 12 visits of therapy for my back they gave me 10 what happened to the other 2", True),
    ("UR approved 63 of my 90 pills - and the rest?", True),
    ("they gave me sixty three of my ninety muscle relaxers what happened with the other twenty seven", True),
    ("they asked for 12 chiro visits, how many did IMR allow?", False),
    ("what happened to the other 2 requests?", False),
])
def test_part_given_rest_asked(text: str, told: bool) -> None:
    assert part_given_rest_asked(text) is told
