"""A part claimed of a request with no number ("was the home aide partially approved?"): yes when utilization
review (the claims administrator) authorised part of it and IMR decided the rest, said with both; no when IMR
decided the whole request (service.split_claim.part_sentence). Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.split_claim import part_claimed
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "claimed"), [
    ("was the home aide partially approved?", True),
    ("the 53 yo man acupuncture - was it approved in part?", True),
    ("was part of it authorized?", True),
    ("did he get a partial approval?", True),
    # ... or less of it: "approved for fewer hours?"
    ("was the 43 yo man's home aide approved for fewer hours?", True),
    ("was her PT approved for less?", True),
    # ... or its first part, which UR authorised when it authorised one
    ("the 41 yo guy with the ibuprofen - was the first fill approved?", True),
    ("the 50 yo man - did he get the initial 6 acupuncture visits?", True),
    ("was the first one approved?", False),
    ("was the home aide approved?", False),
    ("was her chiro approved for 6 but not 12?", False),  # a number split (split_claimed)
    # UR's part told, the remainder asked of
    ("Baclofen partly approved by UR (27 of the 30), then did IMR overrule UR on the last 3?", False),
    ("After UR's partial certification of the ibuprofen, what happened to the remaining portion?", False),
    ("UR partially approved the PT - did IMR approve the rest?", False),
])
def test_a_part_claimed(question, claimed) -> None:
    assert part_claimed(question) is claimed


# CM16-0249735: a 43-year-old man's home aide, 12 hours a day asked, 6 authorised by the claims administrator, the
# remaining 6 upheld; CM17-0019011: naproxen, overturned whole; CM17-0002106: a 54-year-old woman's head CT, upheld whole
client = served_client("CM16-0249735", "CM17-0019011", "CM17-0002106")


def test_the_home_aide_was_approved_in_part_by_ur(client) -> None:
    answer = ask(client, "was the home aide partially approved?")["answer"]
    assert answer.startswith(
        'Yes, in part: of "Home aide 12 hours per day, 5 times a week for 4 weeks to assist with mobility, transfer, '
        'ADL\'s and safety in the home when wife is working" (the original request), the claims administrator authorised '
        '"Home aide 6 hours per day, 5 times a week for 4 weeks to assist with mobility, transfer, ADL\'s and safety in the '
        'home when wife is working" at utilization review, and IMR upheld the denial of the remaining portion, "Home aide '
        '6 hours per day, 5 times a week for 4 weeks to assist with mobility, transfer…" [1].')
    assert not answer.startswith("No:")


def test_a_request_decided_whole_was_not_approved_in_part(client) -> None:
    answer = ask(client, "was the naproxen in CM17-0019011 partially approved?")["answer"]
    assert answer.startswith('No: all of "Naproxen 500mg #60" was approved (overturned: authorised); utilization review '
                             'authorised no part of it [1].')
    answer = ask(client, "was the head CT for the 54 yo woman partly approved?")["answer"]
    assert answer.startswith('No: "CT scan of the head" was not approved in any part: utilization review authorised no part '
                             'of it, and IMR upheld the denial of the whole request [1].')
