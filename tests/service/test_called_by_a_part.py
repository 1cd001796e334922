"""A patient called by a body part after their age ("the 63 yo shoulder guy") is the one whose letter
decided a request of that part, not another of the same age and sex whose summary mentions it
(service.patients.job_letters). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two 63-year-old men: CM17-0006797's right shoulder arthroscopy and its four add-ons (all upheld);
# CM16-0248034's EMG/NCS of both arms (overturned), whose summary notes left shoulder joint pain
client = served_client("CM17-0006797", "CM16-0248034")


def test_the_part_he_is_called_by_is_of_his_requests(client):
    # nat-2539 answered "2 letters fit the 63-year-old male shoulder equally", the EMG/NCS first
    answer = ask(client, "which of the 63 yo shoulder guy's requests were not upheld?")
    # (none, said once, of all 5: not of the 3 explained, then the 5 again)
    assert answer["answer"].startswith("None: in CM17-0006797, all 5 requests were denied (upheld) [1][2][3][4][5].")
    assert "CM16-0248034" not in answer["answer"]


def test_a_word_that_is_no_body_part_still_reads_the_summaries(client):
    answer = ask(client, "which of the 63 yo carpal tunnel guy's requests were approved?")
    assert "CM16-0248034" in answer["answer"]
