"""A drug of no treatment set, asked of no one told, that no request names by any of its names: no letter decides it
(service.lacking._drug_alone_unrequested). "why was the Tylenol denied?" answered the Norco (hydrocodone with
acetaminophen, an opioid). Over real letters, the real model and real HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import ask, served_client

# CM17-0015790: a 56-year-old man's baclofen and Norco 7.5-325mg #112, both upheld; CM17-0013625: a 40-year-old woman's
# celecoxib (her rationale names acetaminophen) and four oral suspensions
client = served_client("CM17-0015790", "CM17-0013625")


@pytest.mark.parametrize(("question", "said"), [
    ("why was the Tylenol denied?", "Tylenol"),
    ("was tylenol approved?", "tylenol"),
])
def test_a_drug_no_request_names_is_decided_by_no_letter(client, question: str, said: str) -> None:
    answer = ask(client, question)
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith(f"No letter in the index decides a request for {said}.")


def test_the_opioid_with_it_is_still_answered_by_its_own_name(client) -> None:
    answer = ask(client, "why was the Norco denied?")
    assert answer["not_found"] == ""
    assert answer["citations"][0]["request"] == "Norco 7.5-325mg #112"
