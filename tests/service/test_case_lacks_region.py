"""A body part asked of a named case, no treatment named, that none of its requests is for: the case lacks it
(service.lacking.case_lacks_region): "did IMR decide anything for his right foot?" after his acupuncture
answered with every item of his letter (tune nat-3623). Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM17-0011703: a 53-year-old man with neck, low back and right foot pain; lumbar MRI, cervical and lumbar
# x-rays, cervical CT and lumbar/cervical acupuncture, all upheld; nothing for the foot
client = served_client("CM17-0011703")


def test_a_body_part_no_request_is_for_is_lacking(client) -> None:
    answer = ask(client, "CM17-0011703 did IMR decide anything for his right foot?")
    assert answer["not_found"] == "case_lacks"
    assert answer["answer"].startswith("Case CM17-0011703 has no request for the foot. Its letter decided 5 items: "
                                       '1. "MRI of the lumbar spine": denied (upheld)')


def test_a_body_part_a_request_is_for_is_answered(client) -> None:
    answer = ask(client, "CM17-0011703 did IMR decide anything for his neck?")
    assert answer["not_found"] == ""
    assert {c["request"] for c in answer["citations"]} >= {"Cervical spine x-rays", "CT scan of the cervical spine"}


def test_a_body_part_said_with_one_of_several_things_is_that_things(client) -> None:
    answer = ask(client, "CM17-0011703 did he get pool therapy or a gym membership or a knee brace?")
    assert answer["answer"].startswith("Case CM17-0011703 has no request for pool therapy / gym membership / knee brace. ")
