"""Whether utilization review authorised any of a request, asked yes or no (service.ur_part, service.ur_premise)."""

from __future__ import annotations

import msgspec
import pytest

from indexer.model import Guideline, Item
from service.ur_part import asks_rest, asks_ur_part, partly_said, ur_part_said
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


@pytest.mark.parametrize(("question", "asked", "one"), [
    ("how many were approved in total? [the 2 sessions of physical therapy in case CM17-0013754]", True, True),
    ("how many sessions did he get in total?", True, False),
    ("how many PT visits were approved altogether?", True, False),
    ("how many were approved in total? [the TENS unit and the brace in case CM17-0013754]", True, False),
    ("how many were approved in total? [in case CM17-0013754]", True, False),
    ("how many acupuncture requests were approved?", False, False),
    # ... or how many the patient got, the units named
    ("the 37 yo woman with baclofen: how many pills did she get?", True, False),
    ("how many PT visits had he already had?", False, False),
    # ... or got approved, the patient told
    ("how many acupuncture sessions did the 60 yo man get approved?", True, False),
    ("how many PT visits did the 45 yo man ask for?", False, False),
    # ... or how many of the units went through, no total word said
    ("the 37 yo woman's baclofen - how many pills were approved?", True, False),
    ("how many sessions were authorized?", True, False),
])
def test_whether_the_total_is_asked(question: str, asked: bool, one: bool) -> None:
    from service.ur_part import asks_total, total_of_one

    assert (asks_total(question), total_of_one(question)) == (asked, one)


def test_the_total_of_a_partly_authorised_request_is_urs_part_and_imrs() -> None:
    from service.ur_part import total_said

    assert total_said(_item(PARTIAL, "Acupuncture for 2 sessions"), lambda: 1) == (
        "In total, Acupuncture for 6 sessions: utilization review authorised Acupuncture for 6 sessions of the original "
        'Acupuncture for 8 sessions [1], and IMR upheld the denial of the rest ("Acupuncture for 2 sessions").')
    approved = msgspec.structs.replace(_item(PARTIAL, "Acupuncture for 2 sessions"), decision="Overturned")
    assert total_said(approved, lambda: 1) == (
        "In total, the whole of the original Acupuncture for 8 sessions: utilization review authorised Acupuncture for 6 "
        'sessions [1], and IMR overturned the denial of the rest ("Acupuncture for 2 sessions"): approved.')


def test_the_total_asked_after_the_rest_leads_the_items_answer() -> None:
    from service.understand import understand

    q = understand("how many were approved in total? [the 2 sessions of physical therapy in case CM17-0013754]")
    assert q.kind == "item"


def test_a_count_of_urs_part_opens_with_the_number_never_a_yes_or_no() -> None:
    from service.ur_part import asks_how_many

    assert asks_how_many("how many sessions did UR approve?") is True
    assert asks_how_many("did UR give her any of it?") is False
    # ... or what part, never a yes: "what part of the 37 yo woman's baclofen did UR approve?"
    assert asks_how_many("what part of the 37 yo woman's baclofen did UR approve?") is True
    said = ur_part_said(_item(PARTIAL, "Acupuncture for 2 sessions"), lambda: 1, counted=True)
    assert said == ('Utilization review authorised Acupuncture for 6 sessions of the original Acupuncture for 8 '
                    'sessions [1]; IMR upheld the denial of the rest ("Acupuncture for 2 sessions").')
    assert ur_denied_sentence("how many sessions did UR approve?", "TENS unit", "TENS unit", 2) == (
        'None: utilization review had not approved "TENS unit": UR denied it, which is why it went to IMR [2].')


def test_the_total_of_a_request_denied_whole_is_none_and_of_one_approved_all() -> None:
    from service.ur_part import total_said

    pt = _item("Eight (8) physical therapy sessions", "Eight (8) physical therapy sessions")
    assert total_said(pt, lambda: 1) == (
        'None of it went through: the request for "Eight (8) physical therapy sessions" was denied (upheld) [1].')
    approved = msgspec.structs.replace(pt, decision="Overturned")
    assert total_said(approved, lambda: 1) == (
        'All of it: the request for "Eight (8) physical therapy sessions" was approved (overturned: authorised) [1].')


def test_how_many_of_a_unit_ur_allowed_none_of_opens_with_none():
    from indexer.model import Guideline, Item
    from indexer.titles import short_title
    from service.ur_part import ur_part_said

    request = ("Drug 75mg #60 with 3 refills was the original request. Drug 75mg #60 was authorized by the Claims "
               "Administrator. The remaining IMR eligible portion of the original request, Three refills of Drug 75mg #60 is")
    item = Item(index=1, request=request, decision="Upheld", claims_administrator_guideline=Guideline(raw=""),
                maximus_guideline=Guideline(raw=""), rationale="", pages=(1,), span=(0, 1), heading_span=(0, 1),
                rationale_span=(0, 1), title="Three refills of Drug 75mg #60")
    # before: "Utilization review authorised Drug 75mg #60 of the original ...", the refills asked left to be worked out
    said = ur_part_said(item, lambda: 1, counted=True, unit="refills")
    assert said == (f"None of the 3 refills: utilization review authorised {short_title('Drug 75mg #60')} of the original "
                    f"{short_title('Drug 75mg #60 with 3 refills')} [1]; IMR upheld the denial of the rest "
                    '("Three refills of Drug 75mg #60").')
    # ... the pills asked of: UR's part as it was
    assert ur_part_said(item, lambda: 1, counted=True, unit="tablets").startswith("Utilization review authorised")


REFILLS = ("Ibuprofen 600mg #90 with 2 refill was the original request. Ibuprofen 600mg #90 was authorized by the "
           "Claims Administrator. The remaining IMR eligible portion of the original request, Two refills of Ibuprofen "
           "600mg #90 is")


@pytest.mark.parametrize(("question", "rest"), [
    ("did the 50 yo man get his acupuncture?", False),
    ("was the 50 yo man's acupuncture approved?", False),
    ("did IMR give him the other 2?", True),
    ("were the last two sessions approved?", True),
    ("did he get the rest of his acupuncture?", True),
    ("was the remaining portion approved?", True),
])
def test_whether_the_rest_ur_left_is_asked_or_the_whole(question: str, rest: bool) -> None:
    assert asks_rest(question, _item(PARTIAL, "Acupuncture for 2 sessions")) is rest


def test_the_refills_a_title_adds_are_the_rest_asked() -> None:
    item = _item(REFILLS, "Two refills of Ibuprofen 600mg #90")
    assert asks_rest("were the 41 yo man's ibuprofen refills approved?", item) is True
    assert asks_rest("did the 41 yo man's ibuprofen get approved?", item) is False


def test_the_whole_of_a_partly_authorised_request_asked_yes_or_no_is_partly() -> None:
    said = partly_said(_item(PARTIAL, "Acupuncture for 2 sessions"), lambda: 1)
    assert said == ('Partly: utilization review authorised Acupuncture for 6 sessions of the original Acupuncture for 8 '
                    'sessions [1]; IMR upheld the denial of the rest ("Acupuncture for 2 sessions").')
    # ... of a request UR denied whole, or one whose rest IMR approved: nothing (a plain yes or no)
    assert partly_said(_item("TENS unit", "TENS unit"), lambda: 1) == ""
    approved = msgspec.structs.replace(_item(PARTIAL, "Acupuncture for 2 sessions"), decision="Overturned")
    assert partly_said(approved, lambda: 1) == ""
