"""Whether IMR usually gives back what UR cut, asked by someone whose request was cut (round 78): "my doctor asked for
acupuncture and UR only gave me 6 visits - do they usually give back the rest?" is a pattern over the remainders of
partly authorised requests of that kind (service.outcomes._USUAL "give back", service.partly._GAVE_PART "cut ... to 10",
service.plan's modified filter), not one acupuncture letter's answer; and a thing no letter prints asked for a
relative told by kin word ("a stair lift for my grandma") is not found."""

from __future__ import annotations

import pytest

from service.partly import part_given_rest_asked
from service.plan import make_plan
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize("text", [
    "my doctor asked for acupuncture and UR only gave me 6 visits - do they usually give back the rest?",
    "UR cut my PT from 12 to 10 visits - does IMR usually give back the rest?",
])
def test_the_rest_given_back_usually_is_a_pattern_of_remainders(text: str) -> None:
    query = understand(text)
    assert query.kind == "pattern"
    assert make_plan(query, {}, set()).filters.get("modified") == "yes"


def test_a_request_cut_down_to_a_part() -> None:
    assert part_given_rest_asked("UR cut my PT from 12 to 10 visits - what about the rest?")
    assert part_given_rest_asked("they reduced it to 6 sessions, and the rest?")
    assert not part_given_rest_asked("UR cut my PT - why?")


# CM17-0007857: a 50-year-old man's acupuncture, 8 asked, 6 authorised by UR, the 2 left upheld. CM17-0011703: a
# 53-year-old man's acupuncture, 8 asked, 6 authorised, the 2 left upheld (and 4 imaging items). CM16-0230548: a
# 60-year-old man's acupuncture, overturned (whole). CM16-0248655: a 61-year-old woman's right hip MRI, upheld.
client = served_client("CM17-0007857", "CM17-0011703", "CM16-0230548", "CM16-0248655")


def test_the_remainders_of_acupuncture(client) -> None:
    answer = ask(client, "my doctor asked for acupuncture and UR only gave me 6 visits - do they usually give back the rest?")
    assert answer["answer"].startswith("Of 2 acupuncture requests (the remainder after UR authorised part) in the index, 2 "
                                       "were denied (upheld) and 0 approved (overturned).")
    assert {c["case_number"] for c in answer["citations"] if c["item_index"] > 0} == {"CM17-0007857", "CM17-0011703"}


def test_a_stair_lift_for_grandma(client) -> None:
    answer = ask(client, "a stair lift for my grandma who hurt her hip at work - any decisions?")
    # (of the one letter of a woman with a hip: hers, said lacking it too)
    assert answer["answer"] == ("No letter in the index mentions stair lift. The letter of the patient described, case "
                                "CM16-0248655, has no request for it either. Its letter decided 1 item: 1. \"MRI without "
                                "contrast of the right hip\": denied (upheld).")
    assert not [c for c in answer["citations"] if c["item_index"] > 0]
