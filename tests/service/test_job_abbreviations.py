"""A job typed by its abbreviation is the job a case summary spells out (service.people._JOB_SHORT)."""

from __future__ import annotations

import pytest

from service.people import job_words, read_person


@pytest.mark.parametrize(("question", "jobs"), [
    ("did the 36 yo CNA get her stuff approved or nah", ("nursing assistant",)),
    ("my back brace was denied, im a 28 yo cna", ("nursing assistant",)),
    ("she's an LVN, 45 - why was her MRI denied?", ("vocational nurse",)),
    ("the 40 yo RN's knee MRI?", ("nurse",)),
    # the RN first assist is a request, not who the patient is
    ("was the RN first assist for the 63 yo man denied?", ()),
])
def test_a_job_by_its_abbreviation(question, jobs):
    assert job_words(read_person(question)) == jobs
