"""A person called by what sets them apart ("the sewing machine lady's", "forklift guy" at the start of
a telegraphic question) is found by those words in the case summary, without the word for the person
(service.people.called, job_words; service.patients)."""

from __future__ import annotations

from service.people import called, job_words, read_person
from tests.conftest import ask, served_client

# a sewing machine operator's naproxen, pantoprazole and two compounded creams (all upheld); a
# 54-year-old woman's partial hospitalization (overturned)
CASES = ["CM17-0013716", "CM17-0001749"]

client = served_client(*CASES)


def test_called_at_the_start_of_a_telegraphic_question() -> None:
    assert called("sewing machine lady - the two pain creams, approved?") == ["sewing machine lady"]
    assert called("forklift guy knee mri denied?") == ["forklift guy"]
    # a question word is no description
    assert called("which woman got the MRI?") == []
    assert called("any guy with a knee MRI approved?") == []


def test_the_job_words_leave_out_the_person() -> None:
    assert job_words(read_person("what did IMR do with the sewing machine lady's requests?")) == ("sewing machine",)
    assert job_words(read_person("the forklift guy's knee MRI")) == ("forklift",)
    assert job_words(read_person("works as a sewing machine operator, 54")) == ("sewing machine",)  # the machine operated
    # ... after the age (not "year old delivery")
    assert called("the 58 year old delivery lady - was everything denied?") == ["the 58 year old delivery lady"]
    assert job_words(read_person("the 58 year old delivery lady - was everything denied?")) == ("delivery",)
    # an assistant or aide who gives no care is a job of the patient's, before a dash ("the physician
    # assistant" is a provider, no patient's job)
    assert job_words(read_person("the nursing assistant - what did IMR decide?")) == ("nursing assistant",)
    assert job_words(read_person("the home health aide - anything approved?")) == ("home health aide",)
    assert job_words(read_person("the physician assistant - what did IMR decide?")) == ()


def test_the_lady_called_by_her_job_is_found_by_it(client) -> None:
    answer = ask(client, "what did IMR do with the sewing machine lady's requests?")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0013716"}
