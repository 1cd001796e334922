"""A trade told by its name, read as the work a case summary prints ("she is a seamstress": the
"cumulative trauma from operating a sewing machine" of her letter) (service.people.job_words)."""

from __future__ import annotations

import pytest

from service.people import job_words, read_person


@pytest.mark.parametrize(("question", "jobs"), [
    ("my wife is 54, she is a seamstress", ("sewing",)),
    ("the tailor with the elbow pain - was the cream denied?", ("sewing",)),
    ("my wife is 54, sews at work", ("sewing",)),
    ("the 28 year old farm worker: which of his requests were not overturned?", ("farm worker",)),
    ("the sewing machine operator - was her physical therapy approved?", ("sewing machine",)),
    ("the forklift operator - was his MRI denied?", ("forklift",)),
])
def test_a_trade_reads_as_the_work_done(question: str, jobs: tuple[str, ...]) -> None:
    assert job_words(read_person(question)) == jobs
