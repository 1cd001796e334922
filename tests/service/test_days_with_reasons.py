"""The days a described patient's review took (service.collection.flow, shape "mean") are said with
their few items, and why each was decided, quoted from the letter, as an item answer says it; a count
of their items keeps its own reasons. Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 43-year-old woman's remaining 6 chiropractic physiotherapy visits (upheld)
client = served_client("CM16-0231706")


def test_the_days_are_said_with_the_items_reason(client) -> None:
    answer = ask(client, "chiro physiotherapy for the 43 year old woman: UR gave 6 of the 12 visits - how many days after "
                         "assignment did IMR decide the other 6, and which way?")
    assert answer["lead"] == "For the 43-year-old woman (CM16-0231706): 29 days from the assignment to a reviewer to the IMR decision."
    assert 'is: Upheld" [1]. Why: "The initial treatment request exceeds the recommendation of an initial trial of 6 ' \
           'visits over 2 weeks." [2]' in answer["answer"]
    assert [c["role"] for c in answer["citations"]][:2] == ["heading", "finding"]
