"""The drugs a topical is made with ("pain creams with lidocaine or flurbiprofen", "gels containing
diclofenac") are its ingredients: the topical requests are asked about, not every oral NSAID too."""

from __future__ import annotations

import pytest

from service.scope import asked_sets
from service.understand import understand


@pytest.mark.parametrize(("question", "sets"), [
    ("pain creams with lidocaine or flurbiprofen - could one get approved at IMR, and what would it need?",
     ("topical",)),
    ("gels containing diclofenac - ever approved?", ("topical",)),
    # two kinds named side by side stay two
    ("naproxen and pain creams - any approved?", ("nsaid", "topical")),
])
def test_a_topical_made_with_drugs_is_the_topical(question, sets):
    assert asked_sets(understand(question)) == sets
