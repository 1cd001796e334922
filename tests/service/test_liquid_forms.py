"""A pattern over a class of drugs in one form no treatment set names: "medications prescribed as
oral suspensions" are the drugs to swallow as a liquid (service.scope.LIQUID), not every drug."""

from __future__ import annotations

import pytest

from service.scope import LIQUID
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("text", "found"), [
    ("Why do reviewers turn down medications prescribed as oral suspensions?", True),
    ("are syrups ever approved?", True),
    ("Why was the Norco denied?", False),
    ("Why was the lidocaine solution denied?", False),  # a topical solution is no oral liquid
])
def test_an_oral_liquid_form_named(text: str, found: bool) -> None:
    assert bool(LIQUID.search(text)) is found


# a letter with four compounded oral suspensions and other drugs (all upheld); one with naproxen
# and pantoprazole tablets and two compounded creams (all upheld)
client = served_client("CM17-0013625", "CM17-0013716")


def test_the_pattern_is_over_the_oral_suspensions_only(client):
    answer = ask(client, "Why do reviewers turn down medications prescribed as oral suspensions?")
    assert answer["kind"] == "pattern"
    assert answer["answer"].startswith("Of 4 medication requests (oral liquid forms) in the index, 4 were "
                                       "denied (upheld) and 0 approved (overturned).")
    assert {c["title"].split()[0] for c in answer["citations"]} <= {"Fanatrex", "Dicopanol", "Deprizine", "Tabradol"}
