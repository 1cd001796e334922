"""A statement said back after "so", a question only by its mark ("so the surgery was approved but the PT
was denied?"), claims each side as "..., right?" does: the surgery is asked too, and each claim is checked
(service.asking.TOLD_BACK, read by asking_span and service.scope). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.asking import TOLD_BACK
from service.understand import understand
from tests.conftest import ask, served_client

# a 63-year-old man who tripped (right shoulder arthroscopy, clearance, brace, cryotherapy unit and post-op PT,
# all upheld); another man of 63 (EMG/NCS of both arms, overturned)
client = served_client("CM17-0006797", "CM16-0248034")


def test_a_statement_said_back_after_so() -> None:
    assert TOLD_BACK.search("so the surgery was approved but the PT was denied?")
    assert TOLD_BACK.search("the 63 yo man who tripped - so the surgery was approved but the PT was denied?")
    assert not TOLD_BACK.search("so was the PT denied for the 63 yo man?")
    assert not TOLD_BACK.search("so why was the PT denied?")
    q = understand("the 63 yo man who tripped - so the surgery was approved but the PT was denied?")
    assert q.treatments == ("physical_therapy", "surgery")


def test_each_side_said_back_is_checked(client) -> None:
    # asked by hand: the PT alone ('Denied (Upheld): primary request not approved [1]. ...'), the surgery
    # claimed approved left unanswered
    answer = ask(client, "my husband hurt his shoulder when he tripped, hes 63. so the shoulder surgery was approved "
                         "but the PT was denied?")
    assert answer["answer"].startswith(
        'No: "Right Shoulder Arthroscopy with rotator cuff repair vs debridement…" was denied (upheld), not approved [1]. '
        '"Associated surgical service: Physical Therapy sessions, 12" was denied (upheld), as the question says [2].')
