"""A patient whose every request the question sets aside is still the one answered: "besides the meds,
what else was denied for the 41 yo man?" of a 41-year-old whose one request is his ibuprofen says there
is nothing else, not a 42-year-old's MRI (service.flows.item, service.flows.chosen,
service.flows.group.whole_rows). Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import ask, served_client

# a 41-year-old man: two refills of ibuprofen, upheld; a 42-year-old man: a lumbosacral MRI, overturned
client = served_client("CM17-0002181", "CM17-0008519")


@pytest.mark.parametrize(("question", "lead"), [
    ("besides the meds, what else was denied for the 41 yo man?",
     "In CM17-0002181, there is no other request besides the meds: the one request was denied (upheld)."),
    ("CM17-0002181 - besides the ibuprofen, what else was denied?",
     "In CM17-0002181, there is no other request besides the ibuprofen: the one request was denied (upheld)."),
])
def test_nothing_else_besides_what_is_set_aside(client, question: str, lead: str) -> None:
    answer = ask(client, question)
    assert answer["answer"].startswith(lead)
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0002181"}


def test_the_other_patient_still_answers_of_his_own(client) -> None:
    assert "CM17-0008519" in ask(client, "besides the meds, what else was decided for the 42 yo man?")["answer"]
