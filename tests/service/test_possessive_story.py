"""A request named possessive right after the patient ("the 57 yo man's epidurals - and his MRI?") tells who he is, as
"the 57 yo man with the epidurals" does (service.patients._named_bare): his letter lacks the MRI asked, and the other
57-year-old man's letter (the same worker, the same date of injury) is named as another letter, not answered silently."""

from __future__ import annotations

from service.patients import _named_bare
from tests.conftest import ask, served_client


def test_a_request_said_possessive_after_the_patient_is_named_bare() -> None:
    text = "the 57 yo man's epidurals - and his MRI?"
    assert _named_bare(text, text.index("epidurals"), "epidurals")
    assert _named_bare("the 57 yo man with epidurals - and his MRI?", 22, "epidurals") is False  # ("with": its own rule)


client = served_client("CM17-0005418", "CM17-0004344")


def test_his_epidurals_tell_who_he_is(client) -> None:
    answer = ask(client, "the 57 yo man's epidurals - and his MRI?")
    assert answer["answer"].startswith("The letter of the patient described, case CM17-0005418, has no request for MRI.")
    assert "Letter CM17-0004344 gives the same age, sex and date of injury" in answer["answer"]
