"""Whether utilization review authorised any of a request, asked yes or no (service.ur_part, service.ur_premise)."""

from __future__ import annotations

import pytest

from indexer.model import Guideline, Item
from service.ur_part import asks_ur_part, ur_part_said
from service.ur_premise import ur_denied_sentence

PARTIAL = ("Acupuncture for 8 sessions was the original request. Acupuncture for 6 sessions was authorized by the "
           "Claims Administrator. The remaining IMR eligible portion of the original request, Acupuncture for 2 "
           "sessions is")


def _item(request: str, title: str) -> Item:
    blank = Guideline(raw="")
    return Item(index=1, request=request, decision="Upheld", claims_administrator_guideline=blank,
                maximus_guideline=blank, rationale="", pages=(1,), span=(0, 400), heading_span=(0, 30),
                rationale_span=(40, 400), title=title)


@pytest.mark.parametrize(("question", "asked"), [
    ("did UR give her any of it?", True),
    ("the 43 yo woman's chiropractic - did UR approve any of it?", True),
    ("did the adjuster approve part of the PT?", True),
    ("did IMR give her the rest?", False),
    ("UR denied it, did IMR approve it?", False),
])
def test_whether_urs_part_is_asked(question: str, asked: bool) -> None:
    assert asks_ur_part(question) is asked


def test_a_partly_authorised_request_is_a_yes_with_urs_part_and_the_rest() -> None:
    said = ur_part_said(_item(PARTIAL, "Acupuncture for 2 sessions"), lambda: 1)
    assert said == ('Yes: utilization review authorised Acupuncture for 6 sessions of the original Acupuncture for 8 '
                    'sessions [1]; IMR upheld the denial of the rest ("Acupuncture for 2 sessions").')
    assert ur_part_said(_item("TENS unit", "TENS unit"), lambda: 1) == ""


def test_a_request_ur_denied_whole_is_a_no_when_asked() -> None:
    assert ur_denied_sentence("did UR give her any of it?", "TENS unit", "TENS unit", 2) == (
        'No: utilization review had not approved "TENS unit": UR denied it, which is why it went to IMR [2].')
    assert ur_denied_sentence("did UR give her any of it?", PARTIAL, "Acupuncture for 2 sessions", 2) == ""
