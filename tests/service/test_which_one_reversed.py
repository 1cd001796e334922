"""'UR non-certified both the MRIs and the acupuncture. Which one did IMR reverse?' asks which of them, as
'which of them was approved?' does (service.flows.group_yes_no.WHICH_OF): the answer says each outcome
with no yes or no before it (it opened "No: 1 of the 2 was approved"). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.flows.group_yes_no import WHICH_OF
from tests.conftest import ask, served_client

# CM16-0230548: a 60-year-old man hit on the head; MRI of neck and right hand upheld, acupuncture overturned
client = served_client("CM16-0230548", "CM17-0010885")


def test_which_one_asks_which() -> None:
    assert WHICH_OF.search("Which one did IMR reverse?")
    assert WHICH_OF.search("which ones got approved?")
    assert WHICH_OF.search("which of them was approved?")
    assert not WHICH_OF.search("which requests were approved?")


def test_which_one_did_imr_reverse_has_no_yes_or_no(client) -> None:
    answer = ask(client, "Our patient is a 60-year-old man with a head contusion from work who still can't "
                         "concentrate. UR non-certified both the MRIs and the acupuncture. Which one did IMR reverse?")["answer"]
    assert answer.startswith("1 of the 2 was approved (overturned), 1 denied (upheld) [1][2].")
    assert not answer.startswith("No")
    assert 'the request for "Acupuncture 3 times a week for 2 weeks, neck, right hand and head" was approved' in answer
