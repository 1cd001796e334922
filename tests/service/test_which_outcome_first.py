"""A question asking which of a patient's items had an outcome ("which got approved, the MRI or
the acupuncture?") answers first about the one that had it, then the other with its correction.
Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM16-0230548 (60M): an MRI of the neck and right hand upheld, acupuncture overturned
client = served_client("CM16-0230548", "CM17-0010885")


def test_the_item_with_the_outcome_asked_comes_first(client):
    answer = ask(client, "which got approved for the 60 yo man, the MRI or the acupuncture?")
    assert answer["lead"].startswith("Approved (Overturned): ")
    assert [h["title"][:11] for h in answer["hits"][:2]] == ["Acupuncture", "MRI of neck"]
    assert 'IMR denied it: the denial of "MRI of neck and right hand without contrast" was upheld; it was not authorised [' in answer["answer"]


def test_each_outcome_presumed_keeps_the_order_asked(client):
    answer = ask(client, "why was the 60 yo man's MRI denied but his acupuncture approved?")
    assert answer["lead"].startswith("Denied (Upheld): ")
    assert answer["hits"][0]["title"].startswith("MRI of neck")


def test_the_item_with_the_outcome_asked_by_a_negated_verb_comes_first(client):
    # "which weren't denied?": the approval first, as of "which were not denied?"
    answer = ask(client, "60 year old man: the mri and the acupuncture, which weren't denied?")
    assert answer["lead"].startswith("Approved (Overturned): ")
    assert [h["title"][:11] for h in answer["hits"][:2]] == ["Acupuncture", "MRI of neck"]
