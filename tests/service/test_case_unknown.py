"""A case named with a word for what is asked that no letter in the index uses ("CM17-0017734 - tramadol
got denied. was the fioricet approved?"): the case has no request for it, and the answer says what it
decided (service.lacking.case_unknown), never the case's other item as the answer. Real letters, HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 40-year-old woman with post-traumatic headaches (tramadol, upheld); a 54-year-old woman (naproxen, ...)
client = served_client("CM17-0017734", "CM17-0013716")


def test_a_drug_no_letter_names_beside_the_case_named_is_not_its_other_item(client) -> None:
    answer = ask(client, "CM17-0017734 - tramadol got denied. was the fioricet for her headaches approved at least?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    assert answer["answer"] == ('Case CM17-0017734 has no request for fioricet: no letter in the index mentions it. '
                                'Its letter decided 1 item: 1. "Tramadol 50mg #60": denied (upheld).')


def test_the_case_named_with_its_own_item_is_answered(client) -> None:
    answer = ask(client, "CM17-0017734 - why was the tramadol denied?")
    assert answer["not_found"] == ""
    assert answer["answer"].startswith("Denied (Upheld): ")
    assert (answer["hits"][0]["case_number"], answer["hits"][0]["title"]) == ("CM17-0017734", "Tramadol 50mg #60")
