"""service.ordinal: an item named by its place in the letter."""

from __future__ import annotations

from service.ordinal import item_at_place
from tests.conftest import ask, served_client


def test_a_place_names_that_item_of_the_letter() -> None:
    text = "For the 40-year-old woman, what happened to the second request in her letter?"
    assert item_at_place(text, 5) == 2
    assert item_at_place("What was decided on the last item in the 52-year-old woman's letter?", 5) == 5
    assert item_at_place("and his 3rd request?", 4) == 3
    assert item_at_place("the second item for CM17-0013716: upheld?", 4) == 2
    assert item_at_place("my mother's 4th request, was it approved?", 4) == 4
    assert item_at_place("the first request of case CM16-0234464", 6) == 1


def test_no_place_past_the_end_nor_a_repeat_request_for_a_treatment() -> None:
    assert item_at_place("what about the fourth request in her letter?", 3) is None
    assert item_at_place("her second request for PT was denied again", 2) is None
    assert item_at_place("was the second opinion approved?", 2) is None
    assert item_at_place("what happened to the requests in her letter?", 2) is None


# CM16-0234464 (tune): a 33-year-old man's six requests, three positional MRIs then three medications
client = served_client("CM16-0234464", "CM17-0013716")


def test_the_item_at_that_place_of_the_case_named_is_answered(client) -> None:
    last = ask(client, "CM16-0234464: what was decided on the last request in the letter?")
    assert last["citations"][0]["request"].startswith("Lidocaine ointment 5%")
    second = ask(client, "The second item for CM16-0234464: upheld?")
    assert second["citations"][0]["request"] == "Single positional MRI of the lumbar spine"
