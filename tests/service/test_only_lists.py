""""only" or "just" narrows a list, it does not make it one item: "list only the overturned MRIs" is
"list the overturned MRIs" (service.kinds), and so is a list asked by its narrowing alone ("only the
overturned MRIs, please"). Real letters, the real model, real HTTP."""

from __future__ import annotations

from datetime import date

import pytest

from service.understand import understand
from tests.conftest import ask, served_client

TODAY = date(2017, 6, 1)


@pytest.mark.parametrize(("question", "decision"), [
    ("list only the overturned MRIs", "Overturned"),
    ("list just the approved MRIs", "Overturned"),
    ("show me only the denied knee MRIs", "Upheld"),
    ("list only overturned MRIs", "Overturned"),
    ("list overturned MRIs", "Overturned"),
    ("list only the MRIs that were overturned", "Overturned"),
    ("only the overturned MRIs, please", "Overturned"),
    ("give me only the approved MRIs", "Overturned"),
])
def test_only_narrows_a_list(question: str, decision: str) -> None:
    q = understand(question, today=TODAY)
    assert (q.kind, q.decision) == ("list", decision)


@pytest.mark.parametrize("question", [
    "was the MRI the only thing denied?",  # whether one item was the only one (service.only)
    "only the MRIs were denied?",  # a claim to confirm, not a list asked for
    "what's on the list of approved drugs for the 40 yo woman?",  # "list" as a noun
])
def test_only_of_one_item_or_a_claim_is_no_list(question: str) -> None:
    assert understand(question, today=TODAY).kind == "item"


# CM17-0008519: lumbar MRI overturned; CM16-0235724: cervical MRI overturned; CM17-0005246: lumbar MRI upheld
client = served_client("CM17-0008519", "CM16-0235724", "CM17-0005246")


@pytest.mark.parametrize("question", ["list only the overturned MRIs", "list the overturned MRIs"])
def test_only_the_overturned_ones_lists_them_all(client, question: str) -> None:
    answer = ask(client, question)
    assert answer["answer"].startswith("2 of the 3 MRI requests in the index were approved (overturned).")
    assert {(c["case_number"], c["decision"]) for c in answer["citations"]} == {
        ("CM17-0008519", "Overturned"), ("CM16-0235724", "Overturned")}
