"""Apostrophes a question typed without them are put back before it is read (service.apostrophes)."""

from __future__ import annotations

import pytest

from service.apostrophes import with_apostrophes
from service.understand import understand


@pytest.mark.parametrize(("typed", "read"), [
    ("Which medications werent denied by IMR", "Which medications weren't denied by IMR"),
    ("while Im at work Hes 43", "while I'm at work He's 43"),
    ("Which of the 54-year-old womans medications did IMR approve", "Which of the 54-year-old woman's medications did IMR approve"),
    ("the pre op clearance for the 63 yos shoulder", "the pre op clearance for the 63 yo's shoulder"),
    ("my husbands right arm goes numb", "my husband's right arm goes numb"),
    ("my sisters doctor switched her", "my sister's doctor switched her"),
    ("the sewing machine operators meds", "the sewing machine operator's meds"),
    # plurals and other words stay
    ("My patients keep getting acupuncture cut short", "My patients keep getting acupuncture cut short"),
    ("my sisters were hurt", "my sisters were hurt"),
    ("which patients got MRIs", "which patients got MRIs"),
    ("IM injection of toradol", "IM injection of toradol"),
    ("the 2 year olds", "the 2 year olds"),
])
def test_apostrophes_put_back(typed, read):
    assert with_apostrophes(typed)[0] == read


def test_a_question_typed_without_them_reads_as_with_them():
    bare = understand("Which of the 54-year-old womans medications werent approved")
    typed = understand("Which of the 54-year-old woman's medications weren't approved?")
    assert (bare.person.age, bare.person.sex, bare.treatments, bare.decision, bare.premise) == (
        typed.person.age, typed.person.sex, typed.treatments, typed.decision, typed.premise)
    assert "read 'womans' as 'woman's'" in bare.notes


def test_a_sentence_break_before_a_question_word_when_none_is_typed():
    from service.apostrophes import with_breaks

    assert with_breaks("My husband is 63 he tripped and fell What happened to his MRI") == (
        "My husband is 63 he tripped and fell. What happened to his MRI")
    assert with_breaks("Why was it denied? What now") == "Why was it denied? What now"  # punctuation typed: as is
    assert with_breaks("I know the neck CT was upheld") == "I know the neck CT was upheld"


@pytest.mark.parametrize(("typed", "read"), [
    ("Hi there, quick question. Which letters had nothing denied at all? Thanks so much!",
     "Which letters had nothing denied at all?"),
    ("Quick question: was the PT approved? thx", "was the PT approved?"),
    ("Hi, I have a question. My MRI was denied, why?", "My MRI was denied, why?"),
    ("Thanks to PT I improved, why deny more?", "Thanks to PT I improved, why deny more?"),
])
def test_a_greeting_and_thanks_are_no_part_of_the_question(typed, read):
    from service.apostrophes import without_pleasantries

    assert without_pleasantries(typed) == read
