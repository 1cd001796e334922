"""A patient told by a kind of request at two body parts ("the man in his 30s with neck and low back MRIs - both
denied?"): the letter with that request at every part told wins over one with it at one part (service.patients), and
both of its requests are answered (service.part_told, service.lay_group). Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.lay_group import names_several
from service.part_told import parts_told
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "parts"), [
    ("the 37 yo woman with neck and mid back MRIs - both denied?", {"cervical", "thoracic"}),
    ("neck, low back and hand MRIs", {"cervical", "lumbar", "wrist/hand"}),
    ("the man with the acupuncture and the neck MRI", {"cervical"}),
    ("the man with the knee and the neck MRI", {"cervical"}),
])
def test_the_parts_listed_before_a_request(question, parts):
    assert parts_told(question)["mri"] == frozenset(parts)


def test_a_list_of_parts_ending_in_two_words_names_several():
    assert names_several("the 33 yo man with neck and low back MRIs - both denied?", "MRIs")
    assert not names_several("the TENS and low back brace", "brace")


# CM16-0239607: a 34-year-old man's cervical MRI (upheld); CM16-0234464: a 33-year-old man's cervical, lumbar and hand
# MRIs (all upheld)
client = served_client("CM16-0239607", "CM16-0234464")


def test_the_letter_with_the_request_at_every_part_told_wins(client):
    body = ask(client, "the man in his 30s with neck and low back MRIs - both denied?")
    assert body["lead"].startswith("Yes: both were denied (upheld) [1][2].")
    assert {c["case_number"] for c in body["citations"]} == {"CM16-0234464"}
    assert body["answer"].count("In case CM16-0234464, the request for") == 2
