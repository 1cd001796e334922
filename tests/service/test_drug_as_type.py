"""A drug named as a type ("Celebrex-type pills", "Celebrex type meds") stands for its class (every
NSAID), not for its own requests as "is Celebrex ever approved?" does."""

from __future__ import annotations

import pytest

from service.scope import _by_name
from service.understand import understand


@pytest.mark.parametrize(("question", "names"), [
    ("Celebrex-type pills - does IMR usually approve them?", ()),
    ("Celebrex type meds - any approved?", ()),
    ("is Celebrex ever approved?", ("celecoxib", "Celebrex", "Elyxyb")),
])
def test_a_drug_named_as_a_type_stands_for_its_class(question, names):
    assert _by_name(understand(question)) == names
