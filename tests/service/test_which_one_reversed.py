"""'UR non-certified both the MRIs and the acupuncture. Which one did IMR reverse?' asks which of them, as
'which of them was approved?' does (service.flows.group_yes_no.WHICH_OF): the answer names each one with
its outcome, the one asked of first, with no yes or no before it (it opened "No: 1 of the 2 was approved
(overturned), 1 denied (upheld)", naming neither). Real letters, the real model, real HTTP."""

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


def test_which_one_did_imr_reverse_names_each(client) -> None:
    answer = ask(client, "Our patient is a 60-year-old man with a head contusion from work who still can't "
                         "concentrate. UR non-certified both the MRIs and the acupuncture. Which one did IMR reverse?")["answer"]
    assert answer.startswith('"Acupuncture 3 times a week for 2 weeks, neck, right hand and head" was approved (overturned) [1]. '
                             '"MRI of neck and right hand without contrast" was denied (upheld) [2].')
    assert not answer.startswith("No")


def test_which_one_kept_denied_names_the_denied_first(client) -> None:
    answer = ask(client, "the 60 yo man who hit his head at work, UR denied both his requests. which one did IMR "
                         "keep denied?")["answer"]
    assert answer.startswith('In CM16-0230548, "MRI of neck and right hand without contrast" was denied (upheld) [1]. '
                             '"Acupuncture 3 times a week for 2 weeks, neck, right hand and head" was approved (overturned) [2].')
