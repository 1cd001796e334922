"""'was anything approved?' of a patient described by what they had, none of whose requests was approved:
the whole letter's no first ("No: in CM17-0011703, all 5 requests were denied (upheld). ..."), not a
correction of the things the description names (service.flows.item). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 53-year-old man: an MRI, x-rays of the neck and low back, a neck CT and acupuncture, all upheld
client = served_client("CM17-0011703")


def test_anything_approved_of_the_man_with_the_xrays_is_no(client) -> None:
    for question in ("the 53 yo man with the x-rays - was anything approved?",
                     "was anything approved for the 53 yo man with the x-rays?"):
        answer = ask(client, question)["answer"]
        assert answer.startswith("No: in CM17-0011703, all 5 requests were denied (upheld) [1][2][3][4][5]. Besides the 3 explained below: "
                                 "\"MRI of the lumbar spine\": denied (upheld) [1]; \"Acupuncture of the lumbar and cervical for two "
                                 "sessions\": denied (upheld) [2].")
        assert "IMR denied them" not in answer


creams = served_client("CM17-0013716", "CM16-0234464", "CM16-0249170")


def test_any_of_her_things_approved_asked_of_none_is_no(creams) -> None:
    # "were any approved?" after the things told, and a claim to confirm, of denials: the no first
    for question in ("my mom is 54, she's on naproxen and pantoprazole. were any approved?",
                     "the 54 yo woman's creams were approved, right?"):
        assert ask(creams, question)["answer"].startswith("No: IMR denied them: "), question
    # (asked why, the correction alone: no question of yes or no)
    assert ask(creams, "why were the 54 yo woman's creams approved?")["answer"].startswith("IMR denied them: ")
