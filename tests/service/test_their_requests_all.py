""""were her requests denied too?" claims an outcome of every one of her requests (service.flows.group.OF_THE_GROUP):
answered yes or no over them all ("Yes: in CM17-0013625, all 5 requests were denied"), as "were all her requests
denied?" is."""

from __future__ import annotations

from service.flows.group import OF_THE_GROUP


def test_her_requests_with_an_outcome_are_a_claim_of_them_all():
    for said in ("were her requests denied too? [in case CM17-0013625]", "were his requests approved?",
                 "are their treatments all upheld?", "were my requests turned down?"):
        assert OF_THE_GROUP.search(said), said


def test_a_request_of_hers_or_requests_asked_otherwise_are_not():
    for said in ("were her requests for PT denied because of the visits?", "why were her requests denied?",
                 "which requests were denied in case CM17-0013625?"):
        assert not OF_THE_GROUP.search(said), said
