"""A fact of the patient's letter asked of a description that several letters fit equally ("when was the 46 yo
woman hurt?" of two 46-year-old women) is said of each fitting letter, cited where each prints it
(service.flows.fitting_facts); a treatment asked with it picks the one letter, as before. Real letters, the real
model, real HTTP."""

from __future__ import annotations

import pytest

from service.compose.facts import asked_facts
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "facts"), [
    # the patient described by an age asks the fact as "she" and "the patient" do
    ("what does the 50 year old man do for work?", ("job",)),
    ("what is the 50 yo man's job?", ("job",)),
    ("what was the 53 yo man's diagnosis?", ("diagnosis",)),
    ("the 50 year old man, why was his acupuncture denied?", ()),
])
def test_a_fact_asked_of_a_described_patient(question: str, facts: tuple[str, ...]) -> None:
    assert asked_facts(question) == facts


# two 46-year-old women: CM17-0009887 (an NCS and an EMG of the left arm, upheld; hurt 11/14/2016) and
# CM17-0018279 (low back PT, upheld; hurt 10/14/2016); two 53-year-old men: CM16-0246624 (a neck MRI,
# overturned) and CM17-0011703 (a lumbar MRI and more, upheld)
client = served_client("CM17-0009887", "CM17-0018279", "CM16-0246624", "CM17-0011703")


def test_each_fitting_letter_gets_its_fact(client) -> None:
    hurt = ask(client, "when was the 46 yo woman hurt?")
    assert hurt["lead"] == ("2 letters fit the 46-year-old woman equally; the question does not say which is hers. "
                            "Case CM17-0018279 gives the date of injury as October 14, 2016 [1]. Case CM17-0009887 gives "
                            "the date of injury as November 14, 2016 [2].")
    assert [(c["case_number"], c["role"], c["quote"]) for c in hurt["citations"]] == [
        ("CM17-0018279", "header", "Date of Injury: 10/14/2016"), ("CM17-0009887", "header", "Date of Injury: 11/14/2016")]
    diagnosis = ask(client, "what was the 53 yo man's diagnosis?")
    assert diagnosis["lead"].startswith("2 letters fit the 53-year-old man equally; the question does not say which is his. ")
    assert {c["case_number"] for c in diagnosis["citations"]} == {"CM16-0246624", "CM17-0011703"}


def test_a_treatment_asked_with_it_picks_the_letter(client) -> None:
    hurt = ask(client, "the 46 yo woman with the EMG - when was she hurt?")
    assert hurt["lead"].startswith("Case CM17-0009887 gives the date of injury as November 14, 2016 [1].")
