"""The patient described with a request ("the 54 yo woman with the compounded creams") is one whose letter has it, of
the letters agreeing with the fields told, though another's letter has what is asked (service.patients.letter_matches);
a drug of no treatment set asked of that patient is asked, not the request told (service.understand, service.lacking
.case_lacks_drug). Real letters, the real model, real HTTP."""

from __future__ import annotations

from datetime import date

from service.understand import understand
from tests.conftest import ask, served_client

# CM17-0013716: a 54-year-old woman's naproxen, pantoprazole and two compounded creams; CM17-0002106: a 54-year-old
# woman's shoulder and neck MRIs and head CT; CM17-0006797: a 63-year-old man's shoulder arthroscopy and its services
client = served_client("CM17-0013716", "CM17-0002106", "CM17-0006797")


def test_the_request_she_is_described_with_picks_her_letter(client) -> None:
    body = ask(client, "the 54 yo woman with the compounded creams - what happened with the MRI?")
    assert body["answer"].startswith("The letter of the patient described, case CM17-0013716, has no request for MRI. "
                                     "Its letter decided 4 items: ")
    # ... and the other 54-year-old woman, described by hers, is answered
    body = ask(client, "the 54 yo woman with the head CT - what happened with the MRI of her neck?")
    assert {(c["case_number"], c["item_index"]) for c in body["citations"]} == {("CM17-0002106", 2)}


def test_a_drug_of_no_set_asked_after_the_description_is_asked(client) -> None:
    q = understand("the 63 yo man with the shoulder surgery - what happened with the Tylenol?", date(2026, 12, 1))
    assert (q.treatments, q.story_treatments) == ((), ("surgery",))
    body = ask(client, "the 63 yo man with the shoulder surgery - what happened with the Tylenol?")
    assert body["answer"].startswith("The letter of the patient described, case CM17-0006797, has no request for "
                                     "Tylenol. Its letter decided 5 items: ")
