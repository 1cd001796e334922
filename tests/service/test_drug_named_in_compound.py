"""A drug asked by name is the request that names it, whatever class its compound was filed under: "the
flurbiprofen one" is the flurbiprofen cream (a topical), not the naproxen pill of the NSAID class the name
reads as (service.flows.chosen, service.lacking.has_asked)."""

from __future__ import annotations

import pytest

from tests.conftest import ask, served_client

# a woman's naproxen, pantoprazole and two compounded creams (one with flurbiprofen), all denied; another
# woman's celecoxib (an NSAID) and four oral suspensions
client = served_client("CM17-0013716", "CM17-0013625")

FLURBIPROFEN = "Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1"


@pytest.mark.parametrize("question", [
    "the woman with the naproxen, the pantoprazole and the 2 creams - why was the flurbiprofen one denied?",
    "CM17-0013716 flurbiprofen - why?",
    "the 54 yo woman - why was the flurbiprofen denied?",
])
def test_the_drug_named_is_its_compound(client, question: str) -> None:
    answer = ask(client, question)
    assert answer["kind"] == "item"
    assert answer["answer"].startswith("Denied (Upheld): ")
    assert f'the request for "{FLURBIPROFEN}" was denied (Upheld: not authorised)' in answer["answer"]
    assert "Naproxen" not in answer["answer"]


def test_the_class_still_answers_the_pill_named(client) -> None:
    answer = ask(client, "CM17-0013716 naproxen - IMR result?")
    assert 'the request for "Naproxen 500mg #60" was denied (Upheld: not authorised)' in answer["answer"]
