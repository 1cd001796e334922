"""A drug named by a name that no treatment set of its own stands for ("Celebrex": its set is the
NSAIDs) narrows a question over the collection to that drug's requests (service.drugs,
service.scope); "is it ever approved?" asks across letters (service.outcomes.EVER)."""

from __future__ import annotations

import pytest

from service.drugs import unsetted_names
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("words", "names"), [
    (("celebrex",), ("celecoxib", "Celebrex", "Elyxyb")),
    (("Norco",), ()),  # hydrocodone has a set of its own
    (("celebrex", "PT"), ()),  # not only drugs
    (("acupuncture",), ()),
])
def test_drugs_without_a_set_of_their_own(words: tuple[str, ...], names: tuple[str, ...]) -> None:
    assert unsetted_names(words) == names


# a letter whose celecoxib (and four oral suspensions) were denied; one whose naproxen was approved
client = served_client("CM17-0013625", "CM17-0019011")


@pytest.mark.parametrize(("question", "word"), [
    ("Is celebrex ever approved by IMR?", "celebrex"),
    ("Does IMR ever approve Celebrex?", "Celebrex"),
])
def test_is_a_drug_ever_approved_counts_that_drug_only(client, question: str, word: str):
    answer = ask(client, question)
    assert answer["answer"].startswith(f"The one {word} request in the index was not approved (overturned): it was "
                                       "denied (upheld).")
    assert (answer["hits"][0]["case_number"], answer["hits"][0]["title"]) == ("CM17-0013625", "Celecoxib 200mg #90")
