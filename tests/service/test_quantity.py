"""The quantity a question gives is an identifier of the request that states it."""

from __future__ import annotations

import pytest

from service.collection.cues import second_ask
from service.quantity import asked_counts, asks_of_the_rest, request_counts
from tests.conftest import ask, served_client


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Why were the eight PT sessions denied for the lower back strain?", {8.0}),
        ("UR signed off on 63 of the 90 Flexeril tablets. What about the rest?", {90.0}),
        ("What happened with the 420 ml bottle of gabapentin suspension?", {420.0}),
        ("the 30-day supply of Norco", {30.0}),
        ("Norco #60 for the 56 year old", {60.0}),
        # the strength said after a drug's name: "pantoprazole 40" is the 40mg request
        ("On the pantoprazole 40 BID for the claimant on naproxen, was the denial about GI risk?", {40.0}),
        ("why was the naproxen 550mg denied?", {550.0}),
        ("Lidocaine 5% cream", set()),
        # an age, a count of requests or a number with no unit is no quantity requested
        ("Why was the MRI denied for the 45 year old?", set()),
        ("Was a single one of her five requests approved?", set()),
        ("What happened in case 12?", set()),
        # a count by "x" or "#", however it is typed: digits, words, "x8", "8x", "#8", or the visits of "2x4"
        ("were the 8 PT visits approved?", {8.0}),
        ("were the eight PT sessions approved?", {8.0}),
        ("was PT x8 approved?", {8.0}),
        ("was the 8x PT approved?", {8.0}),
        ("was PT #8 approved?", {8.0}),
        ("was the PT 2x4 approved?", {8.0}),
        ("was the x-ray approved?", set()),
        ("a 3x3 mm lesion on the MRI", set()),
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
        ("Physical therapy x8 for the neck", {8.0}),
        ("Chiropractic 8x", {8.0}),
        ("PT 2x4 lumbar", {2.0, 8.0}),
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


@pytest.mark.parametrize(("second", "expected"), [
    (", and did IMR grant the 2 that were left?", True),
    (". Did he get the other 27?", True),
    (", and what happened to the rest?", True),
    (", and were any approved?", False),
    (", and did IMR approve the 45 year old's therapy?", False),  # an age, not units
])
def test_a_second_question_about_the_rest_of_the_units(second: str, expected: bool) -> None:
    assert asks_of_the_rest(second) is expected


def test_a_question_about_the_rest_is_not_a_second_part_of_a_count() -> None:
    assert second_ask("How many PT visits did UR authorize, and did IMR grant the 2 that were left?") == -1
    assert second_ask("How many PT visits did he have, and were any approved?") == 32  # at ", and were any"


# two pantoprazole requests of two claimants on naproxen: a 40mg one twice a day (CM16-0249170)
# and a sewing machine operator's 20mg one beside her naproxen request (CM17-0013716); both upheld
pantoprazole_client = served_client("CM16-0249170", "CM17-0013716")


def test_the_strength_said_after_a_drug_tells_the_item(pantoprazole_client):
    answer = ask(pantoprazole_client, "On the pantoprazole 40 BID for the claimant with epigastric pain on naproxen, did "
                                      "the reviewer rest the denial on the absence of GI risk factors or on the NSAID use itself?")
    assert [(h["case_number"], h["title"]) for h in answer["hits"][:2]] == [
        ("CM16-0249170", "Pantoprazole 40mg, one by mouth, twice a day #60 with one refill"),
        ("CM17-0013716", "Pantoprazole 20mg #30")]
    assert answer["answer"].startswith('Denied (Upheld): no documented functional improvement [1]. In case CM16-0249170,')


# eight PT sessions (CM17-0003890), and two letters' PT twice a week for six weeks, 12 visits (CM17-0018279,
# CM17-0015198); all upheld
pt_client = served_client("CM17-0003890", "CM17-0018279", "CM17-0015198")


@pytest.mark.parametrize("text", ["were the 8 PT visits approved?", "were the eight PT sessions approved?",
                                  "was PT x8 approved?", "was the 8x PT approved?", "was the PT 2x4 approved?"])
def test_the_count_asked_ranks_the_request_stating_it_first(pt_client, text: str) -> None:
    # over the 74 letters, 'was PT x8 approved?' answered CM17-0018279's 12 visits, 'was the 8x PT approved?'
    # CM17-0015198's
    answer = ask(pt_client, text)
    assert (answer["hits"][0]["case_number"], answer["hits"][0]["title"]) == (
        "CM17-0003890", "Eight (8) physical therapy sessions")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("the 46 yo guy's chiro 2x6 - why denied?", {(2, 6)}),
        ("the 50 yo woman's PT 1-2 times a week for 3 weeks - approved?", {(2, 3)}),
        ("Chiro with modalities 2 times a week for 6 weeks for neck, back", {(2, 6)}),
        ("Additional physical therapy, 1 to 2 times per week for 3 weeks, for the neck", {(2, 3)}),
        ("Chiropractic care for the low back; six sessions", set()),
        ("a 2x4 inch pad", {(2, 4)}),  # (no unit of size after it is checked: "2x4 in" is one)
        ("the 46 yo man's chiro - was it approved?", set()),
    ],
)
def test_schedules_said(text: str, said: set[tuple[int, int]]) -> None:
    from service.quantity import schedules

    assert schedules(text) == said
