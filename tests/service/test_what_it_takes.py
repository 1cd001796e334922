"""What it would take to get a kind of request approved ("what would it take for IMR to approve
one?", "what would make IMR approve one?", "what would a doctor need to document to get X
approved?", "what got the approved ones through IMR?") is a pattern about reaching approval: what
the approved ones had, then what the denied ones lacked, across letters (not one letter's item).
Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.outcomes import read_outcomes
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize("question", [
    "electrical stimulation or a TENS unit - what would it take for IMR to approve one?",
    "spine x-rays - what would make IMR approve one?",
    "what would a doctor need to document to get a muscle relaxer like baclofen or Flexeril approved at IMR?",
    "pain creams with lidocaine - could one get approved at IMR, and what would it need?",
    "anti-inflammatory pills like ibuprofen or naproxen - what got the approved ones through IMR?",
    # what is to be approved told between "get" and the outcome word
    "how do I get a home health aide approved?",
    "how does one get acupuncture approved?",
])
def test_what_it_takes_is_a_pattern_of_approval(question):
    assert read_outcomes(question).pattern == "Overturned"
    assert understand(question).kind == "pattern"


@pytest.mark.parametrize(("question", "kind"), [
    # one patient's or one case's item stays that item
    ("what would it take for IMR to approve the MRI in case CM16-0246624?", "item"),
    ("what would the doctor need to document to get her acupuncture approved, she is 45?", "item"),
    # a client told by nothing, asking of one of the kind: no one letter
    ("how can my client get a home health aide approved?", "pattern"),
    ("how can my client get her home health aide approved?", "item"),
    ("the 43 yo man - how could he get a home aide approved?", "item"),
    # ... and a person told by an age asking for more of theirs
    ("the 45 yo man - what would IMR need before it approves more PT for him?", "item"),
])
def test_one_item_stays_an_item(question, kind):
    assert understand(question).kind == kind


def test_approving_more_of_a_kind_for_a_patient_told_by_nothing_is_a_pattern():
    # nat-2570 answered one letter's low back PT
    question = ("my patient did 6 PT visits and got better but they denied more. what do IMR reviewers want documented "
                "before they approve additional PT?")
    assert understand(question).kind == "pattern"
    assert understand("my client's PT got cut off - what do reviewers need before they okay more visits?").kind == "pattern"


# the x-rays: CM16-0242667 (lumbar) and CM17-0011703 (cervical and lumbar), all upheld
client = served_client("CM16-0242667", "CM17-0011703")


def test_every_letter_of_the_kind_is_quoted(client):
    body = ask(client, "spine x-rays - what would make IMR approve one?")
    assert body["answer"].startswith("Of 3 X-ray requests in the index, 3 were denied (upheld) and 0 approved "
                                     "(overturned). None of the 3 X-ray requests was approved. What the 3 denied "
                                     "ones lacked: ")
    assert {c["case_number"] for c in body["citations"]} == {"CM16-0242667", "CM17-0011703"}


# the one home aide: CM16-0249735, upheld (not homebound)
aide = served_client("CM16-0249735")


def test_what_it_takes_of_a_kind_with_one_request(aide):
    body = ask(aide, "how do I get a home health aide approved?")
    assert body["kind"] == "pattern"
    assert body["answer"].startswith("Of 1 home health and home care request in the index, 1 was denied (upheld) and 0 "
                                     "approved (overturned). The one home health and home care request was not approved. "
                                     "What the 1 denied one lacked: Not indicated for the diagnosis: 1 of 1 denial.")


def test_approving_more_for_my_patient_quotes_the_kind_across_letters(client):
    body = ask(client, "my patient's x-rays got denied. what do reviewers want before they approve more x-rays?")
    assert body["answer"].startswith("Of 3 X-ray requests in the index, 3 were denied (upheld) and 0 approved (overturned).")
