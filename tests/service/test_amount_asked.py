"""How much a request asked for, asked of it: the heading's number first (service.amount_asked)."""

from __future__ import annotations

import pytest

from indexer.model import Guideline, Item
from service.amount_asked import amount_in, amount_said, asked_amount

MODIFIED = ("Physical therapy evaluation and treatment 3 times a week for 4 weeks (12 sessions) was the original "
            "request. Physical therapy for 10 sessions was authorized by the Claims Administrator. The remaining IMR "
            "eligible portion of the original request, 2 sessions of physical therapy is")


def _item(request: str, title: str) -> Item:
    blank = Guideline(raw="")
    return Item(index=1, request=request, decision="Upheld", claims_administrator_guideline=blank,
                maximus_guideline=blank, rationale="", pages=(1,), span=(0, 400), heading_span=(0, 30),
                rationale_span=(40, 400), title=title)


@pytest.mark.parametrize(("question", "unit"), [
    ("how many sessions did they ask for?", "sessions"),
    # the total asked for, not what went through in total
    ("how many baclofen pills did the 37 yo woman ask for in total?", "tablets"),
    ("how many sessions were approved in total?", ""),
    ("how many PT visits did the doctor request?", "sessions"),
    ("how many hours a day?", "hours"),
    ("how many refills?", "refills"),
    ("what was the dose?", "dose"),
    ("how many sessions were approved?", ""),
    ("how many hours did UR give?", ""),
    ("how many days between the UR denial and the IMR decision?", ""),
    ("how many requests were denied?", ""),
])
def test_asked_amount(question: str, unit: str) -> None:
    assert asked_amount(question) == unit


@pytest.mark.parametrize(("request_", "unit", "amount"), [
    (MODIFIED, "sessions", "12 sessions"),
    ("Eight (8) physical therapy sessions", "sessions", "Eight (8) physical therapy sessions"),
    ("Physical therapy 2 times a week for 6 weeks low back", "sessions", "2 times a week for 6 weeks (12 sessions)"),
    ("Initial acupuncture, 1 to 2 times per week for 4 weeks, for the neck", "sessions",
     "1 to 2 times per week for 4 weeks (up to 8 sessions)"),
    ("Home aide 12 hours per day, 5 times a week for 4 weeks", "hours", "12 hours per day"),
    ("Pantoprazole 40mg, one by mouth, twice a day #60 with one refill", "refills", "one refill"),
    ("Pantoprazole 40mg, one by mouth, twice a day #60 with one refill", "dose", "40mg"),
    ("Norco 7.5-325mg #112", "dose", "7.5-325mg"),
    ("Lumbar support", "dose", ""),
    ("Cyclobenzaprine 7.5mg #90 was the original request. Cyclobenzaprine 7.5mg #63 was authorized by the Claims "
     "Administrator. The remaining IMR eligible portion of the original request, Cyclobenzaprine 7.5mg #27 is", "tablets",
     "#90 (a quantity of 90)"),
    ("Tramadol 50mg #60", "tablets", "#60 (a quantity of 60)"),
    ("Associated surgical service: Physical Therapy sessions, 12", "sessions", "12 sessions"),
    ("Lumbar support", "tablets", ""),
])
def test_amount_in(request_: str, unit: str, amount: str) -> None:
    assert amount_in(request_, unit) == amount


def test_amount_said_quotes_the_original_heading() -> None:
    item = _item(MODIFIED, "2 sessions of physical therapy")
    assert amount_said(item, "sessions", lambda: 1) == (
        'The request was for 12 sessions: "Physical therapy evaluation and treatment 3 times a week for 4 weeks '
        '(12 sessions)" [1].')
    eight = _item("Eight (8) physical therapy sessions", "Eight (8) physical therapy sessions")
    assert amount_said(eight, "sessions", lambda: 2) == (
        'The request was for eight (8) physical therapy sessions: "Eight (8) physical therapy sessions" [2].')
    brace = _item("Lumbar support", "Lumbar support")
    assert amount_said(brace, "dose", lambda: 1) == 'The request states no dose: "Lumbar support" [1].'
