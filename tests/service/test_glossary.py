"""What a word of the IMR process means, asked alone (service.glossary): "what does upheld mean?",
"does overturned mean I won?", "what is UR?". A term asked beside a case, a patient or a treatment
stays a question about that item."""

from __future__ import annotations

from datetime import date

import pytest

from service.glossary import asked_terms
from service.understand import understand
from tests.conftest import ask, served_client

TODAY = date(2017, 6, 1)
client = served_client("CM17-0005246")


@pytest.mark.parametrize(("question", "terms"), [
    ("what does upheld mean", ("Upheld",)),
    ("does overturned mean I won?", ("Overturned",)),
    ("what is UR", ("UR",)),
    ("what's the MTUS?", ("MTUS",)),
    ("What does IMR stand for?", ("IMR",)),
    ("whats the difference between upheld and overturned", ("Upheld", "Overturned")),
    ("upheld means denied, right?", ("Upheld",)),
    ("what does 'non-certified' mean in these letters?", ("non-certified",)),
    ("define medically necessary", ("medically necessary",)),
    # the word told of the asker's own letter, its meaning asked
    ("my IMR came back upheld, does that mean I get the surgery?", ("Upheld",)),
    ("the letter says overturned - does this mean I won?", ("Overturned",)),
    # ... not of a patient described by age: that letter's item is asked
    ("the baclofen for the 37 year old woman was upheld. does that mean she gets it?", ()),
    ('does "upheld" mean the 37 yo woman gets her baclofen?', ()),
    # more is asked: the item, the patient, the case
    ("CM17-0010885 says overturned, does that mean approved?", ()),
    ("what does upheld mean for my MRI?", ()),
    ("what is the IMR decision for the 36 year old stocker", ()),
    ("what does upheld mean in CM17-0005246?", ()),
    ("why was it upheld?", ()),
])
def test_the_terms_asked(question: str, terms: tuple[str, ...]) -> None:
    assert asked_terms(question) == terms


def test_a_term_asked_alone_is_its_own_kind() -> None:
    assert understand("what does overturned mean?", today=TODAY).kind == "term"
    assert understand("was the lumbar MRI overturned?", today=TODAY).kind == "item"


def test_the_meaning_is_answered_over_http(client) -> None:
    answer = ask(client, "what does upheld mean?")
    assert (answer["kind"], answer["abstained"], answer["citations"]) == ("term", False, [])
    assert answer["answer"] == ("Upheld means IMR agreed with utilization review (UR): the denial stands and the "
                                "treatment is not authorised.")
    mine = ask(client, "my IMR came back upheld, does that mean I get the surgery?")
    assert (mine["kind"], mine["answer"]) == ("term", answer["answer"])
