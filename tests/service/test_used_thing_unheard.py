"""A thing to use named by a word no letter uses at its head is not found, whoever it is for
(service.lacking.wanted_unknown): "my brother's doctor wants him to use a heat lamp at home for his sore
back - does IMR ever approve something like that?" answered a man's physical therapy denial (tune
nat-3329), the brother told by his sex alone. Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM16-0246635: a 28-year-old woman, lumbar MRI (upheld), her summary speaks of "ice-heat therapy";
# CM17-0010362: a 54-year-old man, PT for the cervical and the lumbar spine (both upheld); CM16-0246624: a
# 53-year-old man, cervical MRI (overturned)
client = served_client("CM16-0246635", "CM17-0010362", "CM16-0246624")


def test_a_heat_lamp_to_use_is_no_letters(client) -> None:
    answer = ask(client, "my brother's doctor wants him to use a heat lamp at home for his sore back - does IMR ever "
                         "approve something like that?")
    assert answer["answer"].startswith("No letter in the index mentions heat lamp.")
    assert answer["citations"] == []


def test_a_known_thing_to_use_is_no_unknown_one(client) -> None:
    answer = ask(client, "the 28 year old woman - her doctor wants her to use some ice at home, was her back MRI approved?")
    assert answer["not_found"] == ""
    assert answer["citations"][0]["request"] == "MRI of the Lumbar spine without contrast"
