"""Two items in one question, and the patient's other requests after one (issue 11): two questions
asked one after the other ("first, was the Celebrex denied? and second, why the Tabradol?"), a
statement to confirm of two items of one kind told apart by their body parts ("the neck PT was
approved but back PT denied, correct?": a yes or no of each part), a thing asked apart that claims
nothing ("did the surgery get the green light, and what happened with the ice machine?"), and
"what else did he get?" after an answer about one item. Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from indexer.treatments import find_treatments
from service.asking import asking_span
from service.conversation import Earlier, Fact, resolve
from service.outcomes import read_outcomes
from service.premises import by_clause
from service.yes_no import claimed
from tests.conftest import ask, served_client

def test_the_needles_in_a_persons_words() -> None:
    assert find_treatments("and what about the needles for his neck, hand and head?") == [("acupuncture", "needles")]
    assert find_treatments("the adjuster refused more therapy and also the needles") == [
        ("physical_therapy", "therapy"), ("acupuncture", "needles")]
    assert find_treatments("pins and needles in her hand") == []
    assert find_treatments("cupping or acupressure instead of needles - would IMR cover it?") == []



def test_the_green_light_in_a_persons_words() -> None:
    found = read_outcomes("Did the surgery get the green light?").found
    assert [(o.words, o.decision, o.role) for o in found] == [("green light", "Overturned", "asked")]
