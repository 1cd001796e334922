"""Who a described patient is, asked of their letter: their age and sex ("the lady on the pantoprazole, how old
is she") from the header's fields with the case summary's sentence that gives them, and their job from the
summary's sentence that names it, each quoted and cited before the item's answer (service.compose.patient_facts).
Real letters and a sample letter, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.compose.facts import asked_facts
from tests.conftest import ask, sample_client, served_client


@pytest.mark.parametrize(("question", "facts"), [
    ("the lady on the pantoprazole, how old is she", ("age_and_sex",)),
    ("what age was the patient in CM17-0002106?", ("age_and_sex",)),
    ("the 43 yo with the home aide, man or woman?", ("age_and_sex",)),
    ("the lady on the pantoprazole, what does she do for work?", ("job",)),
    ("what was his job?", ("job",)),
    # not the patient's age
    ("how old does she have to be for a TENS unit?", ()),
    ("was the MRI denied?", ()),
    ("did any man or woman over 50 get acupuncture approved?", ()),
])
def test_the_patient_fact_asked(question, facts) -> None:
    assert asked_facts(question) == facts


# CM17-0013716: a 54-year-old woman, compounded creams and naproxen and pantoprazole, all upheld;
# CM16-0249735: a 43-year-old man's home aide, part authorised by UR, the rest upheld
client = served_client("CM17-0013716", "CM16-0249735")


def test_how_old_is_she_is_answered_from_her_letter(client) -> None:
    answer = ask(client, "the lady on the pantoprazole, how old is she")
    assert answer["answer"].startswith(
        'The patient in case CM17-0013716 is a 54-year-old female: "This case involves a now 54-year-old female with a '
        'history of an occupational claim from 11/12/2016." [1] ')
    assert answer["citations"][0]["role"] == "summary"
    answer = ask(client, "the guy with the home aide - how old is he?")["answer"]
    assert answer.startswith('The patient in case CM16-0249735 is a 43-year-old male: "The injured worker is a 43 year old '
                             'male, who sustained an industrial injury on 10-25-16." [1] ')


def test_a_job_no_summary_names_says_how_the_injury_happened(client) -> None:
    answer = ask(client, "the 54 yo lady on the pantoprazole, what does she do for work?")["answer"]
    assert answer.startswith("The case summary of case CM17-0013716 names no job; it tells how the injury happened: "
                             '"The mechanism of injury was detailed as cumulative trauma from operating a sewing machine." [1] ')


sample = sample_client("CM13-0274342")


def test_a_job_the_summary_names_is_quoted(sample) -> None:
    answer = ask(sample, "the 36 year old woman - what does she do for work?")["answer"]
    assert answer.startswith("The case summary of case CM13-0274342 names the patient's work: \"The expert reviewer wrote this "
                             "clinical case summary after reviewing the whole case file: This is a 36-year-old female certified "
                             "nursing assistant with an industrial claim dated 09/04/2010.\" [1] ")
