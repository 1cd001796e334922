"""A part of one request given, the rest asked about: remainders after UR's part rank higher."""

from __future__ import annotations

import pytest

from service.partly import part_given_rest_asked


@pytest.mark.parametrize(("text", "told"), [
    ("my doctor wanted 12 visits of therapy for my back they gave me 10 what happened to the other 2", True),
    ("UR approved 63 of my 90 pills - and the rest?", True),
    ("they gave me sixty three of my ninety muscle relaxers what happened with the other twenty seven", True),
    # ... given to a patient told
    ("UR gave the 50 year old 6 acupuncture sessions, what happened to the other 2?", True),
    ("the carrier approved 6 acupuncture visits for the 50 yo but IMR denied the other 2, why?", True),
    ("they gave the 50 year old guy a brace, what happened to the rest?", False),
    ("they asked for 12 chiro visits, how many did IMR allow?", False),
    ("what happened to the other 2 requests?", False),
])
def test_part_given_rest_asked(text: str, told: bool) -> None:
    assert part_given_rest_asked(text) is told
