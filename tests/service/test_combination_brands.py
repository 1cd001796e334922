"""A brand that joins a drug to one of another class in one pill (Vimovo: naproxen with
esomeprazole; Duexis: ibuprofen with famotidine) is not that drug alone: a question about it is
answered from the requests that name it, and a naproxen or ibuprofen request is none
(indexer.drug_names.COMBINATIONS, service.drugs.drug_names)."""

from __future__ import annotations

import pytest

from service.drugs import drug_names
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("word", "names"), [
    ("Vimovo", ("Vimovo",)),
    ("duexis", ("duexis",)),
    ("Aleve", ("naproxen", "Naprosyn", "Anaprox", "Aleve", "Naprelan", "Vimovo")),  # a brand of the drug alone
])
def test_a_combination_brand_names_itself_only(word: str, names: tuple[str, ...]) -> None:
    assert drug_names(word) == names


# a letter whose naproxen was approved; one whose ibuprofen refills were denied
client = served_client("CM17-0019011", "CM17-0002181")


@pytest.mark.parametrize(("question", "word"), [
    ("Vimovo (naproxen with esomeprazole) - has IMR approved it for anyone?", "Vimovo"),
    ("Duexis (ibuprofen with famotidine) for chronic back pain - upheld or overturned at IMR?", "Duexis"),
])
def test_a_combination_no_letter_names_is_not_found(client, question: str, word: str) -> None:
    answer = ask(client, question)
    assert answer["answer"].startswith(f"No letter in the index decides a request for {word}")
