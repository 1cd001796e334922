"""A described patient whose story picks a letter that lacks the thing asked, while another letter the age and sex fit
decided it: the lack is said of theirs, then the other letter's decision, so an asker whose story was off finds it
(service.lacking._in_alike_letters); the body part said right before the thing is its own, not the one told as where
it hurts. Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two 34-year-old men: facet injections for his low back (upheld); a cervical MRI (upheld)
client = served_client("CM16-0219557", "CM16-0239607")


def test_the_lack_then_the_other_letter_of_the_age_and_sex(client) -> None:
    answer = ask(client, "34 yo man with low back pain, was the neck MRI approved?")
    assert answer["answer"] == (
        'The letter of the patient described, case CM16-0219557, has no request for neck MRI. Its letter decided 1 item: '
        '1. "Facet joint injections L4-5, L5-S1": denied (upheld). Another letter the age and sex given fit: '
        'CM16-0239607, decided "MRI cervical spine without contrast": denied (upheld).')
