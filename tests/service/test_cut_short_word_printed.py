"""A word cut short that some letter prints in full ("stim" of "spinal cord stimulator") is mentioned: the
answer says no letter decides a request for it, never that no letter mentions it (service.lacking._no_mention).
Over real letters, the real model and real HTTP."""

from __future__ import annotations

from service.lacking import RELATED
from tests.conftest import ask, served_client

# CM17-0001749: a 54-year-old woman's partial hospitalization (overturned); its rationale speaks of a spinal cord
# stimulator, which no letter requests
client = served_client("CM17-0001749")


def test_a_word_cut_short_is_no_unmentioned_word(client) -> None:
    answer = ask(client, "spinal cord stim trial - does IMR ever overturn those?")
    assert answer["answer"] == f"No letter in the index decides a request for spinal cord stim. {RELATED}"


def test_a_word_no_letter_prints_is_still_unmentioned(client) -> None:
    answer = ask(client, "is there any letter about a hot tub?")
    assert answer["answer"] == f"No letter in the index mentions hot tub. {RELATED}"
