"""A thing placed loosely in the back ("the back brace": any part of the spine) is not a request of a limb (a shoulder
brace): the case lacks it (service.lacking._back_elsewhere), said with the word it was asked by; a fusion said bare is
spine surgery, not a shoulder arthroscopy (indexer.treatments_procedures). Real letters, the real model, real HTTP."""

from __future__ import annotations

from indexer.treatments import find_treatments
from tests.conftest import ask, served_client

# CM17-0006797: right shoulder arthroscopy, pre-op clearance, shoulder brace, cryotherapy unit, post-op PT (all
# upheld); CM16-0248471: TENS unit, lumbar support, cervical and wedge pillows, wrist and elbow braces (all upheld)
client = served_client("CM17-0006797", "CM16-0248471")


def test_a_back_brace_of_a_letter_whose_brace_is_for_the_shoulder_is_lacking(client) -> None:
    body = ask(client, "CM17-0006797 did they approve the back brace?")
    assert body["not_found"] == "case_lacks"
    assert body["answer"].startswith("Case CM17-0006797 has no request for back brace. Its letter decided 5 items: ")
    # ... while the back brace of a letter with a lumbar support is that support
    body = ask(client, "CM16-0248471 did they approve the back brace?")
    assert body["answer"].startswith('No: the denial of "Lumbar support" was upheld; it was not authorised [1].')


def test_a_fusion_said_bare_is_spine_surgery(client) -> None:
    assert find_treatments("the fusion") == [("spine_surgery", "fusion"), ("surgery", "fusion")]
    assert find_treatments("his ankle fusion") == [("surgery", "fusion")]
    assert find_treatments("an infusion") == []
    body = ask(client, "CM17-0006797 did they approve the fusion?")
    assert body["answer"].startswith("Case CM17-0006797 has no request for fusion. Its letter decided 5 items: ")
