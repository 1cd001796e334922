"""How many, said of what was asked for, names no kind of it (service.gather.unknown_phrase): "what
was wrong with the baclofen request ..., too many pills?" answered "No letter in the index decides
a request for too many pills." Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM16-0233904: a 37-year-old woman, the remaining baclofen 100mg #3 (upheld); CM17-0017734: tramadol (upheld)
client = served_client("CM16-0233904", "CM17-0017734")


def test_too_many_pills_is_a_reason_asked_not_a_treatment(client) -> None:
    answer = ask(client, "what was wrong with the baclofen request for the 37 year old woman, too many pills?")
    assert answer["not_found"] == ""
    assert answer["answer"].startswith('Denied (Upheld): no documented functional improvement [1]. In case CM16-0233904, '
                                       'the request for "Baclofen 100mg #3" was denied')
    answer = ask(client, "why was the tramadol denied, so much medicine?")
    assert answer["not_found"] == ""
    assert answer["citations"][0]["request"] == "Tramadol 50mg #60"


def test_an_unknown_kind_is_still_said(client) -> None:
    answer = ask(client, "was a ketamine infusion ever approved?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for ketamine infusion.")
