"""A second thing asked after a first by a group word: "was the 40 yo woman's celecoxib denied, and the
meds?" asks her other medications too (each item's decision), not the NSAID alone (the generic "meds"
merged into the NSAID's medication set)."""

from __future__ import annotations

from service.scope import asked_sets
from service.understand import understand
from tests.conftest import ask, served_client

client = served_client("CM17-0013625", "CM16-0219557")


def test_the_group_asked_last_is_asked_too():
    assert asked_sets(understand("was the 40 yo woman's celecoxib denied, and the meds?")) == ("nsaid", "medication")
    assert asked_sets(understand("was the 40 yo woman's celecoxib denied, and the liquid meds?")) == ("nsaid", "medication")
    # the medication the NSAID is, said with it, is no second thing
    assert asked_sets(understand("was the 40 yo woman's celecoxib medication denied?")) == ("nsaid",)


def test_each_of_her_medications_is_answered(client):
    answer = ask(client, "was the 40 yo woman's celecoxib denied, and the liquid meds?")
    assert answer["answer"].startswith('Yes: "Celecoxib 200mg #90" was denied (upheld) [1].')
    assert sorted({c["item_index"] for c in answer["citations"] if c["case_number"] == "CM17-0013625"}) == [1, 2, 3, 4, 5]
