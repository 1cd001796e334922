"""A word of the IMR process asked beside a question about a patient ("my dad is 57, they denied his
back shots. what does overturned mean?"): the item's answer, then the word's meaning
(service.glossary.terms_beside, service.qa). Real letters, the real model, real HTTP for the answer."""

from __future__ import annotations

import pytest

from service.glossary import TERMS, terms_beside
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "terms"), [
    ("my dad is 57, they denied his back shots. what does overturned mean?", ("Overturned",)),
    ("my mom is 40, her tramadol was upheld - what does upheld mean? does she get it?", ("Upheld",)),
    ("the 45 yo woman's naproxen, what does IMR stand for and what did they decide?", ("IMR",)),
    ("CM17-0005418 - what is UR?", ("UR",)),
    ("what does upheld mean?", ()),  # the word alone: service.glossary.asked_terms
    ("was the MRI upheld?", ()),
    ("what is the IMR decision for the 45F?", ()),
])
def test_terms_asked_beside(question: str, terms: tuple[str, ...]) -> None:
    assert terms_beside(question) == terms


client = served_client("CM17-0005418")


def test_the_item_then_the_word(client) -> None:
    answer = ask(client, "my dad is 57, they denied his back shots. what does overturned mean?")["answer"]
    assert answer.startswith("IMR denied them: \"Right L4 transforaminal epidural steroid injection under fluoroscopic "
                             "guidance\" [1] and \"Right L5 transforaminal epidural steroid injection under fluoroscopic "
                             "guidance\" [2] were denied (upheld: not authorised).")
    assert answer.endswith(" " + TERMS["Overturned"][1])
