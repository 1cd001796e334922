"""A why-question of an age and a sex that several letters fit, no treatment named: each letter, those decided as the
question presumes first (service.flows.fitting). "the 53 yo man - why was it approved?" answered another 53-year-old
man's denied x-rays, his summary reading closer to the question; "the 45 yo woman - why was it denied?" answered the
other 45-year-old woman's approval. Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two 53-year-old men: a cervical MRI, overturned (CM16-0246624); five neck and low back requests, all upheld,
# with foot pain in his summary (CM17-0011703)
client = served_client("CM16-0246624", "CM17-0011703")


def test_each_letter_the_description_fits_the_presumed_outcome_first(client) -> None:
    answer = ask(client, "the 53 yo man - why was it approved?")
    assert answer["answer"].startswith("2 letters fit the 53-year-old man equally. In CM16-0246624, the one request was "
                                       "approved (overturned). In CM17-0011703, none of the 5 requests was approved "
                                       "(overturned).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0246624", "CM17-0011703"}


def test_the_other_outcome_presumed_puts_the_other_letter_first(client) -> None:
    answer = ask(client, "the 53 yo man - why was it denied?")
    assert answer["answer"].startswith("2 letters fit the 53-year-old man equally. In CM17-0011703, all 5 requests were "
                                       "denied (upheld). In CM16-0246624, the one request was approved (overturned).")


def test_a_story_told_picks_the_one_letter(client) -> None:
    # his foot pain tells him apart: the wrong premise is corrected, not the other man's letter listed
    answer = ask(client, "the 53 yo guy with foot pain - why was it approved?")
    assert answer["answer"].startswith("IMR denied it:")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0011703"}
