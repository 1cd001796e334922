"""'what share of the denials cited ODG vs MTUS?': each guideline's share of the denials (the outcome is of
the population, named before the verb), not each guideline's share denied (service.collection.read,
CollectionQuery.of_where). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

client = served_client("CM17-0016204", "CM17-0015957", "CM17-0010885", "CM17-0019011")


def test_share_of_the_denials_by_guideline(client) -> None:
    for question in ("what share of the denials cited ODG vs MTUS?",
                     "of the denials, how many relied on ODG and how many on MTUS?"):
        answer = ask(client, question)["answer"]
        assert answer.startswith("Of 5 upheld items, by group: cites ODG: 2 of 5 (40%); cites MTUS: 2 of 5 (40%)."), question


def test_share_denied_by_guideline_stays_a_rate(client) -> None:
    answer = ask(client, "what share of ODG items and MTUS items were denied?")["answer"]
    assert answer.startswith("Of 7 items citing ODG or MTUS in the index, 4 (57%) were upheld (denied) and 3 (43%) "
                             "overturned (approved).")
