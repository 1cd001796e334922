"""All (so many) of a patient's requests of a group asked, then one of them: "were all 6 of the 37 yo
woman's DME items denied, or did she get the TENS?" asks of the six, the TENS among them (the group
word said after "all 6 of ...'s" is asked, not the patient's story), not the TENS alone."""

from __future__ import annotations

from service.flows.fitting import plural_group
from service.scope import asked_sets
from service.understand import understand
from tests.conftest import ask, served_client

client = served_client("CM16-0248471", "CM17-0013625")

Q = "were all 6 of the 37 yo woman's DME items denied, or did she get the TENS?"


def test_the_group_after_all_of_her_is_asked():
    assert asked_sets(understand(Q)) == ("tens", "dme")
    assert plural_group(understand(Q))
    # the TENS alone, no group said with "all": one item
    assert asked_sets(understand("did the 37 yo woman get the TENS?")) == ("tens",)
    assert not plural_group(understand("did the 37 yo woman get the TENS?"))


def test_each_of_her_six_items_is_answered(client):
    answer = ask(client, Q)
    assert answer["answer"].startswith("In CM16-0248471, all 6 requests for durable medical equipment were denied (upheld).")
    assert sorted({c["item_index"] for c in answer["citations"] if c["case_number"] == "CM16-0248471"}) == [1, 2, 3, 4, 5, 6]
