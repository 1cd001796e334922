"""A count about a description that several letters fit equally counts each letter on its own, as
one patient's, and cites the items of each; never their sum, which would make them one patient
(service.collection.patient.each_lead). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two 33-year-old men: three MRIs, diclofenac, cyclobenzaprine and lidocaine, all upheld (CM16-0234464); a head CT
# upheld and naproxen overturned (CM16-0247624)
client = served_client("CM16-0234464", "CM16-0247624")


def test_each_letter_counted_on_its_own(client) -> None:
    answer = ask(client, "the 33 yo man, how many requests?")
    assert answer["kind"] == "count"
    assert answer["lead"] == (
        "2 letters fit the 33-year-old man equally, so each is counted on its own. The 33-year-old man "
        "(CM16-0234464) had 6 requests: all 6 were upheld (denied). The 33-year-old man (CM16-0247624) had 2 "
        "requests: 1 was upheld (denied) and 1 overturned (approved).")
    # each letter's items cited, six in all: the letter with two leaves the rest of its share to the other
    assert [(c["case_number"], c["item_index"]) for c in answer["citations"]] == [
        ("CM16-0234464", 1), ("CM16-0234464", 2), ("CM16-0234464", 3), ("CM16-0234464", 4), ("CM16-0247624", 1),
        ("CM16-0247624", 2)]


def test_an_outcome_asked_is_counted_in_each_letter(client) -> None:
    answer = ask(client, "how many of the 33 yo man's requests got turned down?")
    assert answer["lead"] == (
        "2 letters fit the 33-year-old man equally, so each is counted on its own. The 33-year-old man "
        "(CM16-0234464) had 6 requests; all 6 were upheld (denied). The 33-year-old man (CM16-0247624) had 2 "
        "requests; 1 was upheld (denied) and 1 overturned (approved).")
