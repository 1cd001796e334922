"""A job right after an age is the patient's, whatever the question says of them next: "which
requests of the 65 year old mechanic were not upheld?" is the mechanic's letter, not every
65-year-old's (service.people: a request has no age). Sample letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.understand import understand
from tests.conftest import ask, sample_client

# two 65-year-old women: a mechanic with 6 requests, the omeprazole approved (CM16-0162896), and a
# farm worker with a hip CT and 8 PT visits, both denied (CM15-0249522)
client = sample_client("CM16-0162896", "CM15-0249522")


@pytest.mark.parametrize(("question", "jobs"), [
    ("which requests of the 65 year old mechanic were not upheld?", ("65 year old mechanic",)),
    ("what did the 65 year old mechanic get approved?", ("65 year old mechanic",)),
    ("why was the home aide approved?", ()),
])
def test_an_aged_job_is_the_person(question, jobs):
    assert understand(question).person.occupations == jobs


def test_the_aged_job_picks_the_letter(client):
    answer = ask(client, "which requests of the 65 year old mechanic were not upheld?")
    assert answer["answer"].startswith("In CM16-0162896, 1 of the 6 requests was approved (overturned).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0162896"}
