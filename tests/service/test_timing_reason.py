"""A timing reason offered ("was it denied because it was too late?", "too soon after the injury?") is
answered of the timing: yes with the reviewer's finding that tells the time since the injury, else no, the
reviewer gives no reason of timing (service.reason_asked.timing_offered, timing_in_findings). It was answered
with the decision alone (tune nat-4269, nat-4270). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.reason_asked import timing_offered
from tests.conftest import ask, served_client

# a 29-year-old woman's lumbar MRI (upheld: no radicular findings, no red flags); a 60-year-old man's MRI of the neck
# and right hand (upheld: the injury about 20 days old, responding to PT) and his acupuncture (overturned)
client = served_client("CM17-0005246", "CM16-0230548")


def test_a_timing_reason_is_read():
    assert timing_offered("was the lumbar MRI for the 29F denied because it was too late?")
    assert timing_offered("was his MRI turned down because it was too soon after the injury?")
    assert timing_offered("was the PT denied because of the delay?")
    assert not timing_offered("was the MRI denied because of the red flags?")
    assert not timing_offered("was the MRI that was asked too late denied?")  # no reason offered


def test_no_timing_reason_is_said_no(client):
    answer = ask(client, "was the lumbar MRI for the 29F denied because it was too late?")
    assert answer["lead"].startswith(
        'No, not for its timing: the denial of "MRI (magnetic resonance imaging) of the lumbar spine" was upheld; it was '
        "not authorised [1]. The reviewer gives no reason of timing (how late it was asked, or how long after the injury).")


def test_the_finding_that_tells_the_time_is_quoted(client):
    answer = ask(client, "the 60 yo man's neck and hand MRI - turned down because it was too soon after the injury?")
    assert answer["lead"].startswith(
        'Yes: the denial of "MRI of neck and right hand without contrast" was upheld; it was not authorised [1]. The '
        'reviewer\'s findings speak of the timing: "The medical records reveal the injury is about 20 days old, the injured')
