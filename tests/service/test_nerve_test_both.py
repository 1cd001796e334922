"""A person's "nerve test" is the EMG and the nerve conduction study done together, which a letter
often asks as two requests (service.lay_group.ONE_THING): over a letter with both, "was the nerve
test in my arms denied?" answers both, and "test", a word saying what sort of care it is, is no
thing the letter must name (service.gather._unheard) even when no letter in the index says "test".
Over the real tune letter CM17-0009887 alone (NCS and EMG of the left upper extremity, both
upheld), the real model and real HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import ask, served_client

client = served_client("CM17-0009887")


def _items(answer: dict) -> list[str]:
    return list(dict.fromkeys(c["request"] for c in answer["citations"] if c["item_index"]))


@pytest.mark.parametrize("question", ["was the nerve test in my arms denied?", "was the nerve test denied?"])
def test_the_nerve_test_is_both_studies(client, question) -> None:
    answer = ask(client, question)
    assert answer["not_found"] == ""
    assert _items(answer) == ["NCS of the left upper extremity", "EMG of the left upper extremity"]


def test_the_emg_by_name_is_the_emg_alone(client) -> None:
    assert _items(ask(client, "was the EMG denied?")) == ["EMG of the left upper extremity"]
