"""Any request of a patient told after it ("was there any request for the 52 yo woman that wasn't denied?") asks of her
requests in general, each checked, as "were any of her requests not denied?" does (service.flows.chosen.EVERY_ITEM,
service.story.THEIR_REQUESTS); "any request for the lumbar MRI" names a treatment instead."""

from __future__ import annotations

from service.flows.chosen import every_item
from service.story import THEIR_REQUESTS
from tests.conftest import ask, served_client


def test_any_request_for_a_patient_is_every_item() -> None:
    assert every_item("was there any request for the 52 yo woman that wasn't denied?")
    assert THEIR_REQUESTS.search("was there any request for the 52 yo woman that wasn't denied?")
    assert every_item("were all the requests for my husband denied?")
    assert not every_item("was any request for the lumbar MRI approved?")


client = served_client("CM16-0231745", "CM17-0000859")


def test_none_of_her_requests_was_approved(client) -> None:
    answer = ask(client, "was there any request for the 52 yo woman that wasn't denied?")
    assert answer["answer"].startswith("No: 2 letters fit the 52-year-old woman equally. In CM16-0231745, none of the 5 "
                                       "requests was approved (overturned). In CM17-0000859, the one request was denied "
                                       "(upheld).")
