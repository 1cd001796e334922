""" "which of the 63 yo man's shoulder surgery requests were not denied?": the operation and the services that hang off it
(pre-operative clearance, the brace, the cold unit, the post-operative therapy), each with its decision, not the
operation alone (service.surgical_group, service.flows.fitting). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.surgical_group import asks_surgical_requests
from tests.conftest import ask, served_client

# CM17-0006797: shoulder arthroscopy, preoperative clearance and three associated surgical services (all upheld);
# CM16-0230548: neck and hand MRI (upheld), acupuncture (overturned)
client = served_client("CM17-0006797", "CM16-0230548")


def test_a_surgerys_requests_are_asked_in_the_plural() -> None:
    assert [asks_surgical_requests(t) for t in (
        "which of his knee surgery requests were approved?", "were any of the surgical items approved?",
        "the surgery and everything with it - denied?", "was his knee surgery approved?", "why was the surgery denied?")] == [
        True, True, True, False, False]


def test_which_of_a_surgerys_requests_were_not_denied_is_each_of_them(client) -> None:
    body = ask(client, "which of the 63 yo man's shoulder surgery requests were not denied?")
    assert body["answer"].startswith("In CM17-0006797, none of the 5 requests for surgery was approved (overturned). ")
    assert {c["item_index"] for c in body["citations"]} == {1, 2, 3, 4, 5}
    # ... asked yes or no: its no first
    anything = ask(client, "the 63 yo man's shoulder surgery and everything that went with it - anything approved?")
    assert anything["answer"].startswith("No: in CM17-0006797, none of the 5 requests for surgery was approved (overturned). ")
    # the operation alone asked: its own decision
    one = ask(client, "was the 63 yo man's shoulder surgery approved?")
    assert one["answer"].startswith('No: the denial of "Right Shoulder Arthroscopy')
    assert {c["item_index"] for c in one["citations"]} == {1}
