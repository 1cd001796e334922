"""The quantity a question gives is an identifier of the request that states it."""

from __future__ import annotations

import pytest

from service.quantity import asked_counts, request_counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Why were the eight PT sessions denied for the lower back strain?", {8.0}),
        ("UR signed off on 63 of the 90 Flexeril tablets. What about the rest?", {90.0}),
        ("What happened with the 420 ml bottle of gabapentin suspension?", {420.0}),
        ("the 30-day supply of Norco", {30.0}),
        ("Norco #60 for the 56 year old", {60.0}),
        # an age, a count of requests or a number with no unit is no quantity requested
        ("Why was the MRI denied for the 45 year old?", set()),
        ("Was a single one of her five requests approved?", set()),
        ("What happened in case 12?", set()),
    ],
)
def test_asked_counts(text: str, counts: set[float]) -> None:
    assert asked_counts(text) == counts


@pytest.mark.parametrize(
    ("heading", "counts"),
    [
        ("Eight (8) physical therapy sessions", {8.0}),
        ("Physical therapy 2 times a week for 6 weeks low back", {2.0, 6.0, 12.0}),
        ("Fanatrex 25mg/ml oral suspension 420ml", {25.0, 420.0}),
        ("Norco 10/325mg #90", {10.0, 325.0, 90.0}),
        ("TENS unit", set()),
    ],
)
def test_request_counts(heading: str, counts: set[float]) -> None:
    assert request_counts(heading) == counts


def test_an_item_stating_the_count_asked_is_boosted() -> None:
    from service.retrieve import BOOST, boost
    from service.understand import understand

    query = understand("Why were the eight PT sessions denied for the lower back strain?")
    eight = {"request": "Eight (8) physical therapy sessions", "treatments": ["physical_therapy"]}
    twelve = {"request": "Physical therapy 2 times a week for 6 weeks low back", "treatments": ["physical_therapy"],
              "body_regions": ["lumbar"]}
    assert boost(query, eight) == BOOST["treatment"] + BOOST["count"]
    assert boost(query, twelve) == BOOST["treatment"] + BOOST["region"]
