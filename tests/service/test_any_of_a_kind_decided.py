"""Whether there is a request of a kind that IMR decided one way ("was there any MRI that IMR didn't
uphold the denial on?", "is there an MRI where IMR reversed the denial?") asks across letters: a
list of that kind with the outcome asked, counted, never one item's yes or no. Real letters, the real
model, real HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import ask, served_client

# three MRIs: a cervical one overturned (CM16-0246624), a lumbar one and a cervical one upheld
client = served_client("CM16-0246624", "CM17-0005246", "CM16-0245128")


@pytest.mark.parametrize("question", [
    "was there any MRI that IMR didn't uphold the denial on?",
    "is there an MRI where IMR reversed the denial?",
    "was there any MRI that was overturned?",
])
def test_one_of_a_kind_decided_so_is_a_list_of_them(client, question):
    answer = ask(client, question)
    assert answer["kind"] == "list"
    assert answer["lead"].startswith("Yes: 1 of the 3 MRI requests in the index was approved (overturned).")
    assert 'CM16-0246624: "MRI scan of the cervical spine", overturned (approved) [1].' in answer["answer"]
    assert answer["citations"][0]["case_number"] == "CM16-0246624"
    assert not answer["answer"].startswith("No:")
