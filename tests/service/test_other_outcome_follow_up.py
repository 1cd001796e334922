"""After a list or a count across letters, a follow-up naming only the other outcome ("what got
approved?", "what was denied?", "and the approved ones?") asks the previous question for that
outcome, not every item of the index with it (service.conversation). Real letters, the real model,
real HTTP."""

from __future__ import annotations

import pytest

from service.conversation import Earlier, resolve
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("before", "kind", "follow_up", "asked_as"), [
    ("which MRIs were denied?", "list", "what got approved?", "which MRIs were approved?"),
    ("which MRIs were denied?", "list", "ok, which ones were approved?", "which MRIs were approved?"),
    ("which MRIs were denied?", "list", "and the approved ones?", "which MRIs were approved?"),
    ("how many acupuncture requests were approved?", "count", "what was denied?",
     "how many acupuncture requests were denied?"),
    ("how many of the 54 yo woman's requests got turned down", "count", "what got approved?",
     "how many of the 54 yo woman's requests got approved"),
])
def test_the_other_outcome_of_the_previous_question(before: str, kind: str, follow_up: str, asked_as: str) -> None:
    got = resolve(follow_up, [Earlier(question=before, kind=kind)])
    assert got.question == asked_as
    assert got.carried[0].startswith("question: the previous one, for ")


def test_after_a_pattern_the_question_stands_alone() -> None:
    assert resolve("what got approved?", [Earlier(question="why are MRIs denied?", kind="pattern")]).question == \
        "what got approved?"


# lumbar MRI upheld (CM17-0005246), lumbosacral MRI overturned (CM17-0008519), cervical MRI overturned (CM16-0246624)
client = served_client("CM17-0005246", "CM17-0008519", "CM16-0246624")


def test_what_got_approved_after_the_denied_mris(client) -> None:
    first = ask(client, "which MRIs were denied?", conversation_id="mri-1")
    assert first["kind"] == "list"
    answer = ask(client, "what got approved?", conversation_id="mri-1")
    assert answer["understood"]["asked_as"] == "which MRIs were approved?"
    assert sorted({(c["case_number"], c["item_index"]) for c in answer["citations"] if c["item_index"]}) == [
        ("CM16-0246624", 1), ("CM17-0008519", 1)]
    assert answer["lead"] == "2 of the 3 MRI requests in the index were approved (overturned)."
