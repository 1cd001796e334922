"""A share asked of the requests decided in a year is of those decided then ("what share of MRI requests were
approved in 2017 decisions?": of the MRIs decided in 2017, service.collection.read), and of a year in which none
was decided, the answer says there is no share to give (service.collection.compose). Real letters, the real
model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a neck MRI overturned in January 2017, a shoulder MRI upheld in February 2017; facet injections decided in
# December 2016
client = served_client("CM16-0246624", "CM17-0014288", "CM16-0219557")


def test_the_share_of_the_year_decided(client):
    answer = ask(client, "what share of MRI requests were approved in 2017 decisions?")
    assert answer["answer"].startswith("Of 2 MRI items decided from 2017-01-01 to 2017-12-31 in the index, 1 (50%) was "
                                       "upheld (denied) and 1 (50%) overturned (approved).")


def test_no_share_of_a_year_with_none(client):
    answer = ask(client, "what percentage of MRIs decided in 2016 were overturned?")
    assert answer["answer"].startswith("No MRI items decided from 2016-01-01 to 2016-12-31 are in the index, so there is "
                                       "no share to give.")
