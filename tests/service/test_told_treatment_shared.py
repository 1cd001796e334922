"""'was anything approved for the 36 yo woman with the knee MRI', when both 36-year-old women had a knee
MRI: the MRI tells neither apart, so both are named (service.flows.fitting); one that only one of them
had ('with the walker') still picks hers (found asking by hand over test letters). Over the project's
sample letters, the real model and real HTTP for the answers."""

from __future__ import annotations

from tests.conftest import ask, sample_client

client = sample_client(
    "CM13-0274342",  # a 36-year-old woman: Synvisc, walker, diclofenac, Lidoderm, knee MRI, all upheld
    "CM16-0162879",  # a 36-year-old woman: knee MRI and leg EMG/NCS overturned, chiro and TENS upheld
)


def test_a_treatment_both_had_names_both(client) -> None:
    answer = ask(client, "was anything approved for the 36 yo woman with the knee MRI")
    assert answer["answer"].startswith(
        "It depends on which letter: 2 letters fit the 36-year-old woman equally. In CM16-0162879, 2 of the 4 requests were approved (overturned). "
        "In CM13-0274342, none of the 5 requests was approved (overturned).")


def test_a_treatment_one_had_picks_hers(client) -> None:
    answer = ask(client, "was anything approved for the 36 yo woman with the walker")
    # (none approved: the no over her 5 requests first, service.flows.item)
    assert answer["answer"].startswith("No: in CM13-0274342, all 5 requests were denied (upheld) [1][2][3][4][5]. Besides the 3 explained below: ")
