"""Two letters a description fits equally, asked of in words that pick neither (service.alike, service.flows.fitting):
each one answered, never one picked silently."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two 34-year-old men (facet injections; cervical MRI), two 53-year-old men (cervical MRI overturned; cervical x-rays
# and CT upheld, with a lumbar MRI and acupuncture)
letters = served_client("CM16-0219557", "CM16-0239607", "CM16-0246624", "CM17-0011703")


def test_pending_or_decided_asks_where_it_stands_and_tells_no_letter_apart(letters) -> None:
    # answered the cervical MRI of one letter alone: 'pending' was read as a word no letter prints
    answer = ask(letters, "53 yo guy neck imaging pending or decided?")
    assert answer["answer"].startswith("2 letters fit the 53-year-old man equally and each has a request for cervical "
                                       "imaging.")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0246624", "CM17-0011703"}


def test_was_his_request_approved_answers_each_letter_that_fits(letters) -> None:
    # answered the cervical MRI of CM16-0239607 alone, as if the 34-year-old man were one patient
    answer = ask(letters, "34 yo man, was his request approved?")
    assert answer["answer"].startswith("No: 2 letters fit the 34-year-old man equally. In CM16-0239607, the one "
                                       "request was denied (upheld). In CM16-0219557, the one request was denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0219557", "CM16-0239607"}
