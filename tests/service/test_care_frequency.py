"""'they want me peeing in a cup every month, was that approved?' asks of one person's urine drug screen:
"every month" said right after their care is how often it is given, not a trend over the collection
(service.collection.cues; found asking by hand)."""

from __future__ import annotations

from service.collection.cues import collection_cue
from service.understand import understand


def test_every_month_after_ones_own_care_is_its_frequency() -> None:
    q = understand("they want me peeing in a cup every month, was that approved?")
    assert (q.kind, q.treatments, q.category) == ("item", ("urine_drug_screen",), "lab/drug screen")
    assert understand("her pee test every month got denied, why?").kind == "item"
    assert collection_cue("my doctor wants a urine test every month - did IMR approve it?") is None


def test_a_trend_by_month_is_still_counted() -> None:
    assert understand("how many urine drug screens were approved each month?").kind == "count"
    assert understand("how many urine drug screens each month?").kind == "count"
    assert collection_cue("How many MRI requests were decided each month?").group(0) == "each month"
