"""service.ordinal: an item named by its place in the letter."""

from service.ordinal import item_at_place


def test_a_place_names_that_item_of_the_letter() -> None:
    text = "For the 40-year-old woman, what happened to the second request in her letter?"
    assert item_at_place(text, 5) == 2
    assert item_at_place("What was decided on the last item in the 52-year-old woman's letter?", 5) == 5
    assert item_at_place("and his 3rd request?", 4) == 3


def test_no_place_past_the_end_nor_a_repeat_request_for_a_treatment() -> None:
    assert item_at_place("what about the fourth request in her letter?", 3) is None
    assert item_at_place("her second request for PT was denied again", 2) is None
    assert item_at_place("was the second opinion approved?", 2) is None
    assert item_at_place("what happened to the requests in her letter?", 2) is None
