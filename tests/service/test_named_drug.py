"""A drug named by a name that no treatment set of its own stands for ("Celebrex": its set is the
NSAIDs) narrows a question over the collection to that drug's requests (service.drugs,
service.scope); "is it ever approved?" asks across letters (service.outcomes.EVER)."""

from __future__ import annotations

import pytest

from service.drugs import unsetted_names
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("words", "names"), [
    (("celebrex",), ("celecoxib", "Celebrex", "Elyxyb")),
    (("Norco",), ()),  # hydrocodone has a set of its own
    (("celebrex", "PT"), ()),  # not only drugs
    (("acupuncture",), ()),
])
def test_drugs_without_a_set_of_their_own(words: tuple[str, ...], names: tuple[str, ...]) -> None:
    assert unsetted_names(words) == names


# a letter whose celecoxib (and four oral suspensions) were denied; one whose naproxen was approved
client = served_client("CM17-0013625", "CM17-0019011")


@pytest.mark.parametrize(("question", "word"), [
    ("Is celebrex ever approved by IMR?", "celebrex"),
    ("Does IMR ever approve Celebrex?", "Celebrex"),
])
def test_is_a_drug_ever_approved_counts_that_drug_only(client, question: str, word: str):
    answer = ask(client, question)
    assert answer["answer"].startswith(f"No: the one {word} request in the index was not approved (overturned): it was "
                                       "denied (upheld).")
    assert (answer["hits"][0]["case_number"], answer["hits"][0]["title"]) == ("CM17-0013625", "Celecoxib 200mg #90")


# a letter whose six DME requests were all denied; one whose naproxen was approved
dme = served_client("CM16-0248471", "CM17-0019011")


def test_anything_of_a_case_or_of_a_reviewers_letters(dme):
    every = ask(dme, "were any of the requests in CM16-0248471 approved?")
    # its no over every request first, and the letter's other three, each cited by its heading
    assert every["answer"].startswith("No: in CM16-0248471, all 6 requests were denied (upheld) [1][2][3][4][5][6]. Besides the 3 explained "
                                      'below: "Cervical pillow": denied (upheld) [1]; ')
    assert len({c["title"] for c in every["citations"] if c["case_number"] == "CM16-0248471"}) == 6
    # the case denied nothing: the outcome asked is no filter that leaves nothing, and it is asked, its no first
    none = ask(dme, "Did they deny anything in CM17-0019011?")
    assert none["answer"].startswith('No: "Naproxen 500mg #60" was approved (overturned: authorised) [1]. '
                                     "Approved (Overturned): ")


reviewers = served_client("CM17-0005924", "CM16-0248471", "CM17-0019011")


def test_did_a_specialtys_reviewers_approve_anything(reviewers):
    answer = ask(reviewers, "Did the family practice reviewers approve anything?")
    assert answer["kind"] == "list"
    assert answer["answer"].startswith("Yes: the one disputed request (reviewer: Family Practice) in the index was approved "
                                       "(overturned).")
