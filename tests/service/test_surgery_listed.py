"""A kind named by its umbrella word in a list of things asked is asked too (service.scope._listed): "the
63 yo male - the shoulder brace, the PT and the surgery - which were denied?" answered the brace and
the PT, the surgery read as the story (tune nat-4265, nat-4266); "the PT after his surgery" still tells it."""

from __future__ import annotations

from service.scope import asked_sets
from service.understand import understand
from tests.conftest import ask, served_client

# CM17-0006797: a 63-year-old man, shoulder arthroscopy, pre-op clearance, and its brace, cryotherapy unit and PT
# (all upheld)
client = served_client("CM17-0006797", "CM16-0248471")


def test_the_surgery_in_a_list_is_asked():
    assert asked_sets(understand("the 63 yo male - the shoulder brace, the PT and the surgery - which were denied?")) == (
        "brace", "physical_therapy", "surgery")
    assert asked_sets(understand("63M shoulder case: the surgery, the ice machine and the pre-op clearance - any of them "
                                 "approved?")) == ("cold_therapy", "preop_clearance", "surgery")
    assert asked_sets(understand("his surgery, the pre-op clearance and the Motrin - approved?")) == (
        "preop_clearance", "nsaid", "surgery")
    # ... the surgery the PT is after is the story
    assert asked_sets(understand("the 63 yo man: the PT after his surgery and the brace - denied?")) == (
        "physical_therapy", "brace")


def test_each_of_the_list_is_answered(client):
    answer = ask(client, "the 63 yo male - the shoulder brace, the PT and the surgery - which were denied?")
    assert answer["answer"].startswith("All 3 were denied (upheld) [1][2][3].")
    assert sorted({c["item_index"] for c in answer["citations"]}) == [1, 3, 5]
