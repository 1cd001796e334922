"""An item answer that tells its letter lacks one of the treatments asked, of a patient told by age and sex: the other
letters those fit whose request is that very treatment are named ("why was the 63 yo man's nerve test approved but his
surgery wasn't?": two 63-year-old men, the surgery the other's), never a request of another kind
(service.lacking.lacked_elsewhere). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM16-0248034: a 63-year-old man's EMG/NCS, overturned; CM17-0006797: another 63-year-old man's shoulder arthroscopy
# and its services, upheld; CM16-0219557 and CM16-0239607: two 34-year-old men, facet injections and a neck MRI
client = served_client("CM16-0248034", "CM17-0006797", "CM16-0219557", "CM16-0239607")


def test_the_other_letter_of_the_age_and_sex_with_the_lacked_treatment(client) -> None:
    # (over these four letters the surgery's letter ranks first: its lack of the nerve test, the other letter's told)
    answer = ask(client, "why was the 63 yo man's nerve test approved but his surgery wasn't?")["answer"]
    assert answer.startswith('Case CM17-0006797 has no request for nerve test. Another letter the age and sex given fit: '
                             'CM16-0248034, decided "EMG/NCS of the bilateral upper extremities": approved (overturned).')


def test_the_body_part_told_of_the_other_request_does_not_hide_it(client) -> None:
    answer = ask(client, "the 34 yo man - were his facet injections and neck MRI denied?")["answer"]
    assert answer.startswith('Case CM16-0239607 has no request for facet. Another letter the age and sex given fit: '
                             'CM16-0219557, decided "Facet joint injections L4-5, L5-S1": denied (upheld).')


def test_a_treatment_told_as_had_is_no_treatment_asked() -> None:
    from service.lacking import told_as_had

    assert told_as_had("43 year old woman, lumbar strain, had chiro and acupuncture already - which of her requests "
                       "wasn't denied?", "chiro")
    assert told_as_had("the 46 yo man had PT before - was his chiro denied?", "PT")
    assert not told_as_had("why was the 63 yo man's nerve test approved but his surgery wasn't?", "surgery")
