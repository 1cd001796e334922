"""A question typed with no punctuation that tells a decision and then asks about another thing
("the lumbar mri was denied and the neck ct", "the mris got denied what about his meds", "the naproxen
got denied the pantoprazole too"): the follow-up is a sentence of its own and is what is asked, as
with "; and the neck CT?"."""

from __future__ import annotations

from datetime import date

import pytest

from service.apostrophes import with_breaks
from service.understand import understand


@pytest.mark.parametrize(("question", "broken"), [
    ("the 53 yr old man with the old neck fusion the lumbar mri was denied and the neck ct",
     "the 53 yr old man with the old neck fusion the lumbar mri was denied. and the neck ct?"),
    ("33 yo guy who smashed his hand on a door the mris got denied what about his meds",
     "33 yo guy who smashed his hand on a door the mris got denied. what about his meds?"),
    ("sewing machine operator 54 the naproxen got denied the pantoprazole too",
     "sewing machine operator 54 the naproxen got denied. the pantoprazole too?"),
    ("her acupuncture went through and the extra neck pt", "her acupuncture went through. and the extra neck pt?"),
])
def test_a_follow_up_after_a_decision_told_is_its_own_sentence(question: str, broken: str) -> None:
    assert with_breaks(question) == broken


@pytest.mark.parametrize("question", ["they denied the mri and the ct", "the mri was denied and the ct was too",
                                      "was the mri denied and the ct", "why was it denied and the ct",
                                      "did they say the mri was denied and the ct"])
def test_no_break_without_a_follow_up(question: str) -> None:
    assert with_breaks(question) == question


@pytest.mark.parametrize(("question", "treatments", "regions"), [
    ("the 53 yr old man with the old neck fusion the lumbar mri was denied and the neck ct", ("ct",), ("cervical",)),
    ("the 54 yo man whose chair collapsed under him - the neck pt was denied and the low back pt",
     ("physical_therapy",), ("lumbar",)),
])
def test_the_follow_up_is_what_is_asked(question: str, treatments: tuple[str, ...], regions: tuple[str, ...]) -> None:
    q = understand(question, date(2026, 12, 1))
    assert (q.treatments, q.body_regions) == (treatments, regions)


def test_a_last_yes_no_question_typed_in_lowercase_is_its_own_sentence() -> None:
    assert with_breaks("she has headaches they denied the head ct and the shoulder mri was the neck mri denied too") == (
        "she has headaches they denied the head ct and the shoulder mri. was the neck mri denied too?")
    assert with_breaks("i know the shoulder mri was the first one approved") == "i know the shoulder mri was the first one approved"
