"""A person's "nerve test" is the EMG and the nerve conduction study done together, which a letter
often asks as two requests (service.lay_group.ONE_THING): over a letter with both, "was the nerve
test in his arms denied?" answers both, and "test", a word saying what sort of care it is, is no
thing the letter must name (service.gather._unheard) even when no letter in the index says "test".
Over the real tune letter CM17-0009887 alone (NCS and EMG of the left upper extremity, both
upheld), the real model and real HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import ask, served_client

client = served_client("CM17-0009887")


def _items(answer: dict) -> list[str]:
    return list(dict.fromkeys(c["request"] for c in answer["citations"] if c["item_index"]))


@pytest.mark.parametrize("question", ["was the nerve test in his arms denied?", "was the nerve test denied?"])
def test_the_nerve_test_is_both_studies(client, question) -> None:
    answer = ask(client, question)
    assert answer["not_found"] == ""
    assert _items(answer) == ["NCS of the left upper extremity", "EMG of the left upper extremity"]


def test_the_nerve_test_in_my_arms_is_no_letters(client) -> None:
    # no case and no patient given: no letter is the asker's (service.no_one); both studies are related
    answer = ask(client, "was the nerve test in my arms denied?")
    assert answer["not_found"] == "no_one_named"
    assert {r["request"] for r in answer["related"]} == {"NCS of the left upper extremity", "EMG of the left upper extremity"}


def test_the_emg_by_name_is_the_emg_alone(client) -> None:
    assert _items(ask(client, "was the EMG denied?")) == ["EMG of the left upper extremity"]


def test_a_study_after_and_not_is_claimed_denied(client) -> None:
    # the lead said of the EMG '"EMG of the left upper extremity" was denied (upheld), not approved [2].',
    # correcting a claim the question never made
    answer = ask(client, "was the 46 yo woman's NCS approved and not the EMG?")
    assert answer["answer"].startswith('No: "NCS of the left upper extremity" was denied (upheld), not approved [1]. '
                                       '"EMG of the left upper extremity" was denied (upheld), as the question says [2].')
