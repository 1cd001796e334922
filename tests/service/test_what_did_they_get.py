"""'what did the 35 year old woman get denied?' asks of every request of her letter (the whole-review
reading), as 'what got denied for her?' does; found asking by hand over test letters."""

from __future__ import annotations

from service.flows.chosen import EVERY_ITEM


def test_what_the_patient_got_asks_of_every_request() -> None:
    assert EVERY_ITEM.search("what did the 35 year old woman get denied?")
    assert EVERY_ITEM.search("What did she have approved?")
    assert EVERY_ITEM.search("what did my husband get turned down")


def test_a_thing_named_is_not_every_request() -> None:
    assert not EVERY_ITEM.search("what did UR deny about the MRI?")
    assert not EVERY_ITEM.search("why did the 35 year old woman get her MRI denied?")
