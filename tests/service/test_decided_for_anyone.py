"""A question whether a kind of request was decided so "for anyone" ("was the baclofen or the flexeril
denied for anyone?") selects the requests with that outcome, as "was any baclofen denied?" does
(service.outcomes._WANTED): a list of them, not a count of every outcome."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 37-year-old woman's baclofen remainder (upheld); a 33-year-old man's cyclobenzaprine remainder (upheld)
client = served_client("CM16-0233904", "CM16-0234464")


def test_denied_for_anyone_lists_the_denied_ones(client):
    answer = ask(client, "was the baclofen or the flexeril denied for anyone?")
    assert answer["lead"].startswith("Yes: both baclofen (Lioresal, Ozobax) / cyclobenzaprine (Flexeril, Fexmid) requests in "
                                     "the index were denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0233904", "CM16-0234464"}


def test_approved_for_anybody_when_none_was(client):
    answer = ask(client, "was the flexeril approved for anybody?")
    assert answer["lead"].startswith("No: the one cyclobenzaprine (Flexeril, Fexmid) request in the index was not approved")
