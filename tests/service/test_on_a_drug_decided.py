"""A patient told by the drug they are on, then "what did IMR decide?" with nothing named: their
requests, whichever they are (service.asking), and the drug is checked in the case summaries as
the letters print it, the drug's words without the rest of the phrase (service.patients): "37 yo
woman on tizanidine with pain down her whole right side - what did IMR decide?" is the 37-year-old
woman whose summary names tizanidine, not another 37-year-old's muscle relaxant."""

from __future__ import annotations

from service.asking import asks_of_all_told
from service.patients import _drugs_on
from tests.conftest import ask, served_client

client = served_client("CM16-0245128", "CM16-0233904", "CM17-0016204", "CM16-0248471")


def test_what_was_decided_of_nothing_named_asks_of_all() -> None:
    assert asks_of_all_told(" what did IMR decide?") is True
    assert asks_of_all_told(" what happened at IMR?") is True
    assert asks_of_all_told(" what did IMR decide on the MRI?") is False
    assert asks_of_all_told(" what did IMR decide about it") is False


def test_the_drug_she_is_on_is_its_own_words() -> None:
    assert _drugs_on("37 yo woman on tizanidine with pain down her whole right side - what did IMR decide?") == ["tizanidine"]


def test_her_requests_are_answered(client) -> None:
    answer = ask(client, "37 yo woman on tizanidine with pain down her whole right side - what did IMR decide?")
    assert [(c["case_number"], c["request"], c["decision"]) for c in answer["citations"] if c["item_index"]][0] == (
        "CM16-0245128", "MRI of the cervical spine without contrast", "Upheld")
    assert answer["answer"].startswith("Denied (Upheld): no objective findings or red flags [1]. In case CM16-0245128, ")
