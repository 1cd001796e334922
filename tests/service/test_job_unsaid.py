"""A job told of the patient that the letter answered never names (service.job_unsaid): said after the item, so the
reader knows the letter was chosen by the rest of the question; a letter that prints the job needs no word."""

from __future__ import annotations

from service.job_unsaid import job_unsaid
from tests.conftest import ask, served_client


def test_a_job_no_summary_word_names_is_said():
    summary = "The injured worker is a 62 year old female, who sustained an industrial injury on 11-22-2016."
    assert job_unsaid(("physical therapist",), summary) == (
        "The letter does not name the patient's job (\"physical therapist\"); it fits the rest of the question.")
    assert job_unsaid(("sewing machine",), "The mechanism of injury was cumulative trauma from operating a sewing "
                                           "machine.") == ""
    # "warehouse worker" is printed as the place: "works in a warehouse"
    assert job_unsaid(("warehouse worker",), "He works in a warehouse lifting boxes.") == ""
    assert job_unsaid((), summary) == ""


# a 62-year-old woman's shoulder MRI (no job in the summary) and a 54-year-old sewing machine operator's four drugs
client = served_client("CM17-0014288", "CM17-0013716")


def test_the_answer_says_the_letter_does_not_name_the_job_told(client):
    answer = ask(client, "My wife is a physical therapist, 62, her shoulder MRI was denied. Why?")
    assert answer["hits"][0]["case_number"] == "CM17-0014288"
    assert answer["answer"].endswith(
        "The letter does not name the patient's job (\"physical therapist\"); it fits the rest of the question.")
    printed = ask(client, "the 54 yo sewing machine operator - why was her naproxen denied?")
    assert printed["hits"][0]["case_number"] == "CM17-0013716"
    assert "does not name the patient's job" not in printed["answer"]
