"""A claim that utilization review approved a request it denied in full is corrected first: "since UR approved
her naproxen, why did it go to IMR?" (service.ur_premise). A remainder of a partial authorisation is what UR
approved part of: no correction. Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.ur_premise import ur_approval_claimed, ur_denied_sentence
from tests.conftest import ask, served_client

# CM17-0019011: a 45-year-old woman, naproxen 500mg #60, overturned;
# CM17-0002181: a 41-year-old man, ibuprofen: #90 authorised by UR, the 2 refills upheld
client = served_client("CM17-0019011", "CM17-0002181")


def test_a_ur_approval_claimed() -> None:
    assert ur_approval_claimed("since UR approved her naproxen, why did it go to IMR?")
    assert ur_approval_claimed("cm17-13716 UR ok'd the naproxen right? so why is it in the IMR letter")
    assert not ur_approval_claimed("UR denied his naproxen, what did IMR decide?")
    assert not ur_approval_claimed("why was the naproxen approved?")
    # the denial is UR's, the approval claimed IMR's (tune nat-3982)
    assert not ur_approval_claimed("isn't it true IMR didn't uphold the denial of the cervical MRI for the 53 yo male?")


def test_the_sentence_of_a_whole_denial_only() -> None:
    text = "since UR approved her naproxen, why did it go to IMR?"
    assert ur_denied_sentence(text, "Naproxen 500mg #60", "Naproxen 500mg #60", 2) == (
        'Utilization review had not approved "Naproxen 500mg #60": UR denied it, which is why it went to IMR [2].')
    partial = ("Ibuprofen 600mg #90 with 2 refill was the original request. Ibuprofen 600mg #90 was authorized by the "
               "Claims Administrator. The remaining IMR eligible portion of the original request, Two refills of "
               "Ibuprofen 600mg #90 is")
    assert ur_denied_sentence(text, partial, "Two refills of Ibuprofen 600mg #90", 2) == ""
    assert ur_denied_sentence("UR denied her naproxen, what did IMR decide?", "Naproxen 500mg #60", "Naproxen", 2) == ""


def test_since_ur_approved_her_naproxen(client) -> None:
    answer = ask(client, "since UR approved her naproxen, why did it go to IMR?")
    assert answer["lead"].startswith(
        'Utilization review had not approved "Naproxen 500mg #60": UR denied it, which is why it went to IMR [1].')
    assert "was approved (Overturned: authorised)" in answer["answer"]


def test_ur_authorised_part_of_his_ibuprofen(client) -> None:
    answer = ask(client, "since UR authorized the 41 yo guy's ibuprofen, what was IMR even deciding?")["answer"]
    assert "Utilization review had not approved" not in answer
    assert "Ibuprofen 600mg #90 was authorized by the Claims Administrator" in answer
