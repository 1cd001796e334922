"""Aids to daily living and a bone density scan are kinds of their own (service.gather._KINDS): a reacher
or a raised toilet seat is no sit-stand workstation, a DEXA scan no CT of the head. Asked with no
patient or case, even after an operation named only as when ("after hip surgery",
service.gather._next_step), the answer says no letter decides one. Over real letters, the real model
and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM17-0009282: a sit-stand workstation (overturned); CM17-0002106: MRIs of the left shoulder and the
# cervical spine and a CT scan of the head (all upheld); CM17-0006797: shoulder surgery (upheld)
client = served_client("CM17-0009282", "CM17-0002106", "CM17-0006797")


def test_a_reacher_and_a_raised_toilet_seat_are_not_the_workstation(client) -> None:
    answer = ask(client, "can I get a reacher and a raised toilet seat through comp?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for raised toilet seat or reacher.")


def test_the_operation_named_only_as_when_is_not_asked(client) -> None:
    answer = ask(client, "after hip surgery can I get a raised toilet seat through comp?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for raised toilet seat.")


def test_a_dexa_scan_is_not_a_ct_of_the_head(client) -> None:
    answer = ask(client, "any decisions on a DEXA bone density scan?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for DEXA.")


def test_the_ct_by_its_name_is_still_found(client) -> None:
    answer = ask(client, "was the CT scan of the head approved?")
    assert answer["not_found"] == ""
    assert answer["citations"][0]["request"] == "CT scan of the head"
