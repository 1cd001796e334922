""""What got denied?" ending the question asks of the described patient's requests, each, as
"what got denied for her?" does (service.flows.chosen.EVERY_ITEM, read only of a patient described); when two letters fit the patient equally (two 28-year-old women),
both are named (service.flows.fitting), not one silently. Sample letters, the real model, real HTTP."""

from __future__ import annotations

from service.flows.chosen import EVERY_ITEM
from tests.conftest import ask, sample_client

# two 28-year-old women: hip x-rays denied (CM16-0162876); Cymbalta, massage and a third request
# denied (CM16-0162776)
client = sample_client("CM16-0162876", "CM16-0162776")


def test_what_got_denied_ending_the_question_is_every_item() -> None:
    assert EVERY_ITEM.search("my daughter is 28, what got denied?")
    assert EVERY_ITEM.search("the 46 yo man - what was approved")
    assert not EVERY_ITEM.search("what got denied about the ultrasound?")
    assert EVERY_ITEM.search("my daughter is 28, what got turned down?")


def test_two_alike_patients_both_named(client):
    answer = ask(client, "my daughter is 28, what got denied?")
    assert answer["lead"] == ("2 letters fit the 28-year-old woman equally. In CM16-0162876, the one request was denied "
                              "(upheld). In CM16-0162776, all 3 requests were denied (upheld).")
