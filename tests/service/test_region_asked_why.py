"""The items of a body part counted or listed, asked why ("which shoulder requests were denied and
why?"), are given their reasons, as the items of a treatment named are (service.flows.count): before,
the count and three examples, no reason. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 62-year-old woman's right shoulder MRI, a 54-year-old woman's left shoulder MRI (with her neck MRI
# and head CT), a 46-year-old man's PT for both shoulders, elbows and wrists (with his chiropractic), all upheld
client = served_client("CM17-0014288", "CM17-0002106", "CM17-0015198")


def test_the_reasons_of_a_body_parts_denials(client) -> None:
    answer = ask(client, "which shoulder requests were denied and why?")["answer"]
    assert answer.startswith("3 shoulder items are in the index; 3 of them were upheld (denied) and 0 overturned (approved).")
    assert "The most frequent reasons for the denials:" in answer
    assert '"No plain films are noted."' in answer


def test_no_reasons_unless_asked_why(client) -> None:
    answer = ask(client, "which shoulder requests were denied?")["answer"]
    assert "The most frequent reasons" not in answer
