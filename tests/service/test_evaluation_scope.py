"""Evaluations and exams of a kind of care asked about as such ("initial exams, PT evals, chiro
evals") are those requests only, not every request of the kind: the scope narrows by the request's
title. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# an initial exam beside "Physical exam 2 times 8" (PT); a PT evaluation beside 6 PT sessions; a
# chiropractic evaluation beside 12 chiropractic visits
client = served_client("CM16-0231745", "CM16-0247274", "CM17-0010006")


def test_evaluations_asked_as_such_are_those_requests(client):
    answer = ask(client, "Why do evaluation visits get denied - initial exams, PT evals, chiro evals?")
    assert answer["kind"] == "pattern"
    assert answer["answer"].startswith("Of 3 office visits and follow-up examinations / physical therapy / chiropractic "
                                       "and manipulation (evaluations and exams) requests in the index, 3 were denied "
                                       "(upheld) and 0 approved (overturned).")


def test_the_kind_alone_is_every_request_of_it(client):
    answer = ask(client, "Why does chiropractic get denied?")
    assert answer["answer"].startswith("Of 4 chiropractic and manipulation requests in the index, 4 were denied (upheld)")
