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
        "My husband is 63 he tripped and fell. What happened to his MRI?")
    assert with_breaks("Why was it denied? What now") == "Why was it denied? What now"  # punctuation typed: as is
    assert with_breaks("I know the neck CT was upheld") == "I know the neck CT was upheld"


@pytest.mark.parametrize(("typed", "read"), [
    # a capitalised subject opens a sentence; the sentence that opens with a question word asks
    ("Why couldnt my husband get a helper at home while Im at work Hes 43 and had major belly surgery",
     "Why couldnt my husband get a helper at home while Im at work? Hes 43 and had major belly surgery"),
    ("My mom had elbow surgery She takes naproxen IMR said no to it - why",
     "My mom had elbow surgery. She takes naproxen IMR said no to it - why?"),
    # "I" not joined to what is before it opens one; what the asker knows or heard asks nothing
    ("IMR on the L-spine films in CM17-0011703 I know the neck CT was upheld",
     "IMR on the L-spine films in CM17-0011703? I know the neck CT was upheld"),
    ("which MRIs were not denied I heard IMR approved one", "which MRIs were not denied? I heard IMR approved one"),
    ("my husband broke his ribs at work i work during the day - why wont they pay for the aide",
     "my husband broke his ribs at work. i work during the day - why wont they pay for the aide?"),
    ("What about the low back therapy Any different from his neck",
     "What about the low back therapy? Any different from his neck?"),
    ("What separated the neck PT IMR approved from the ones it denied",
     "What separated the neck PT IMR approved from the ones it denied?"),
    # joined: as typed
    ("while Im at work and I know", "while Im at work and I know"),
    ("IM injection of toradol", "IM injection of toradol"),
])
def test_sentences_of_a_question_typed_without_punctuation(typed, read):
    from service.apostrophes import with_breaks

    assert with_breaks(typed) == read


def test_the_age_after_the_job_typed_without_commas():
    from service.people import read_person

    assert read_person("sewing machine operator 54 right elbow and wrist pain").age == 54
    assert read_person("Chiropractor 63 tripped and fell at work").age == 63
    assert read_person("the aide 12 hours a day").age is None
