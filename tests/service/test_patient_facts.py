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
    ("the reviewer in the 29 yo woman's case, was she a family doctor", ("reviewer",)),
    # ... not a question of the patient after the reviewer's words: "was she a candidate?" is of her, not a doctor's kind
    ("what did the reviewer say about the opioid for the 40 yo - was she a candidate?", ()),
    ("the 60 yo - what work does he do", ("job",)),
    ("what kind of job did the 46 yo woman have", ("job",)),
    ("what's the diagnosis for the 46 yo woman with the EMG?", ("diagnosis",)),
    ("what was the 54 yo woman on the pantoprazole diagnosed with?", ("diagnosis",)),
    ("what is she being treated for?", ("diagnosis",)),
    ("the 63 yr old man - what was wrong with his shoulder according to the letter?", ("diagnosis",)),
    ("what's wrong with her?", ("diagnosis",)),
    ("CM17-0002106 what did she hurt?", ("diagnosis",)),
    ("how did the 24 yo man get hurt?", ("mechanism",)),
    ("the guy whose knee MRI was denied - what was his injury?", ("mechanism",)),
    ("what kind of injury did she have?", ("mechanism",)),
    ("what was the date of his injury? the 55 yo man with the knee scope", ("date_of_injury",)),
    ("For CM17-0006797 please give me the reviewer specialty, decision date, and which items were upheld.",
     ("reviewer", "decision_date")),
    ("who is the reviewer in CM17-0006797?", ("reviewer",)),
    # the decision told, and who made it; or by whom (not "who made it?" alone, which may be the request's maker)
    ("when was the decision on the 62 yo woman's shoulder MRI, and who made it?", ("reviewer", "decision_date")),
    ("when was it decided and by whom?", ("reviewer", "decision_date")),
    ("who made it?", ()),
    # what a decision rests on is its guideline
    ("what did UR base its denial on?", ("guideline",)),
    ("what was the denial based on?", ("guideline",)),
    ("what is the patient's name in CM17-0006797?", ("names",)),
    ("what's the name of the reviewer in CM17-0006797?", ("names",)),
    ("the 53 yo man with the neck MRI - how was he hurt?", ("mechanism",)),
    ("what was the mechanism of injury for the 61 yo woman?", ("mechanism",)),
    # not the patient's diagnosis, nor how they were hurt
    ("was the MRI denied because of the diagnosis?", ()),
    ("what was wrong with her request?", ()),
    ("how did the 52 yr old lady who hurt her back lifting get her spinal manipulation approved", ()),
    ("when did the 24 yo man get hurt?", ("date_of_injury",)),
    # not the patient's age
    ("how old does she have to be for a TENS unit?", ()),
    ("was the MRI denied?", ()),
    ("did any man or woman over 50 get acupuncture approved?", ()),
    # one way of being hurt asked yes or no, of the patient's pronoun or of the patient told, then hurt
    ("the 54 yo woman's head CT - was she in a car accident?", ("mechanism",)),
    ("was the 54 yo woman with the head CT hurt in a car accident?", ("mechanism",)),
    ("the 24 yo man's neck CT - did he pass out?", ("mechanism",)),
    ("did the 41 yo man with motrin get hurt lifting?", ("mechanism",)),
    # ... not a patient told by how they were hurt, nor a request's outcome, nor "fall behind"
    ("was the 24 yo man who fell approved?", ()),
    ("did he get the CT after the car accident?", ()),
    ("was she denied the MRI after her fall?", ()),
    ("the 24 yo man - did he fall behind on PT?", ()),
    ("did IMR at least okay the lidocaine ointment for the 33 yo who smashed his hand on a door?", ()),
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


# CM17-0009887: a 46-year-old woman's EMG and NCS, upheld, her summary naming no diagnosis; CM17-0005924: a 24-year-old
# man who fainted and fell, his neck CT overturned; CM17-0011703: a 53-year-old man whose summary leaves the mechanism out
hurt = served_client("CM17-0009887", "CM17-0005924", "CM17-0011703")


@pytest.mark.parametrize(("question", "lead"), [
    ("what's the diagnosis for the 46 yo woman with the EMG?",
     'The case summary of case CM17-0009887 gives no diagnosis; it tells what the patient is treated for: "Medical '
     'records indicated that the injured worker is undergoing treatment for neck pain." [1] '),
    ("what was the 24 yo man diagnosed with?",
     'The case summary of case CM17-0005924 gives the diagnoses: "The injured worker was diagnosed as having neck muscle '
     'strain, left index finger sprain, lumbar muscle strain, right knee contusion, current right knee medial meniscus '
     'tear, syncope, supraventricular tachycardia, and cervical 2 vertebral unspecified type of fracture nondisplaced." [1] '),
    ("how did the 24 yo man get hurt?",
     'The case summary of case CM17-0005924 tells how the injury happened: "The injured worker is a 24 year old male, who '
     'sustained an industrial injury on November 09, 2016 when he fainted and fell." [1] '),
    ("how was the 53 yo man with the lumbar MRI injured?",
     'The case summary of case CM17-0011703 does not tell how the injury happened: "The mechanism of injury was not '
     'detailed in the information provided for review." [1] '),
    # one way asked yes or no: yes by the summary's sentence that records it, no with the way it tells
    ("the 24 yo man's neck CT - did he pass out?",
     'Yes: the case summary of case CM17-0005924 records fainting: "The injured worker is a 24 year old male, who '
     'sustained an industrial injury on November 09, 2016 when he fainted and fell." [1] '),
    ("the 24 yo man's neck CT - was he in a car crash?",
     'No: the case summary of case CM17-0005924 does not record a vehicle accident; it tells how the injury happened: '
     '"The injured worker is a 24 year old male, who sustained an industrial injury on November 09, 2016 when he '
     'fainted and fell." [1] '),
    ("the 53 yo man with the lumbar MRI - did he fall?",
     'The case summary of case CM17-0011703 does not tell how the injury happened: "The mechanism of injury was not '
     'detailed in the information provided for review." [1] '),
])
def test_diagnosis_and_how_hurt_from_the_summary(hurt, question: str, lead: str) -> None:
    answer = ask(hurt, question)
    assert answer["answer"].startswith(lead)
    assert answer["citations"][0]["role"] == "summary"
    # ... then the item as usual
    assert answer["citations"][1]["item_index"] > 0


sample = sample_client("CM13-0274342")


def test_a_job_the_summary_names_is_quoted(sample) -> None:
    answer = ask(sample, "the 36 year old woman - what does she do for work?")["answer"]
    assert answer.startswith("The case summary of case CM13-0274342 names the patient's work: \"The expert reviewer wrote this "
                             "clinical case summary after reviewing the whole case file: This is a 36-year-old female certified "
                             "nursing assistant with an industrial claim dated 09/04/2010.\" [1] ")


# CM16-0230548: a 60-year-old man whose case summary opens with a note on the records ("Though the medical records were
# typed, it was blurry.") and names no job
blurry = served_client("CM16-0230548")


def test_a_job_no_summary_names_quotes_the_sentence_that_introduces_the_patient(blurry) -> None:
    answer = ask(blurry, "the 60 yo - what work does he do")["answer"]
    assert answer.startswith('The case summary of case CM16-0230548 names no job; it introduces the patient as: "The '
                             'injured worker is a 60 year old male, who sustained an industrial injury on 11-01-2016." [1] ')


# CM17-0005246: a 29-year-old woman's lumbar MRI, upheld by a Family Practice reviewer
family = served_client("CM17-0005246")


def test_the_reviewer_asked_by_a_pronoun_is_answered_yes_or_no(family) -> None:
    answer = ask(family, "the reviewer in the 29 yo woman's case, was she a family doctor")["answer"]
    assert answer.startswith("Yes: the IMR reviewer of case CM17-0005246 is a specialist in Family Practice and licensed in "
                             "California and North Carolina [1]. ")
    answer = ask(family, "the reviewer in the 29 yo woman's case, was she a neurologist?")["answer"]
    assert answer.startswith("No: the IMR reviewer of case CM17-0005246 is a specialist in Family Practice and licensed in "
                             "California and North Carolina [1], not Neurology. ")


def test_a_name_asked_says_the_letters_are_redacted(client) -> None:
    answer = ask(client, "what is the patient's name in CM16-0249735?")["answer"]
    assert answer.startswith("Case CM16-0249735's letter names neither the patient nor the reviewer: DWC publishes the "
                             "letters redacted; the reviewer is given by specialty and licensure.")
