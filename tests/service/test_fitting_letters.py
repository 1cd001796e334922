"""A described patient's requests asked about in general, when the description (an age and a sex)
fits two letters equally: each letter's requests with their decisions, not one letter picked by
chance. A description that tells more (a surgery had, where it hurts) still picks one. Real
letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two 33-year-old men: six requests all upheld (CM16-0234464); a naproxen overturned and a head CT
# upheld (CM16-0247624); and a 53-year-old man for contrast
client = served_client("CM16-0234464", "CM16-0247624", "CM17-0011703")


def test_two_letters_that_fit_are_both_answered(client):
    answer = ask(client, "did the 33 yo guy get anything approved at all?")
    assert answer["kind"] == "item"
    assert answer["lead"] == ("2 letters fit the 33-year-old man equally. In CM16-0247624, 1 of the 2 requests was "
                              "approved (overturned). In CM16-0234464, none of the 6 requests was approved (overturned).")
    assert 'CM16-0247624: "Naproxen 550mg #60", overturned (approved) [' in answer["answer"]
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0234464", "CM16-0247624"}


def test_with_no_outcome_asked_each_letter_is_summed_up(client):
    answer = ask(client, "what happened with all of the 33 year old man's requests?")
    assert answer["lead"] == ("2 letters fit the 33-year-old man equally. In CM16-0234464, all 6 requests were denied "
                              "(upheld). In CM16-0247624, 2 requests: 1 approved (overturned), 1 denied (upheld).")


def test_a_description_that_tells_more_picks_one_letter(client):
    answer = ask(client, "the 33 year old man with the head injury: was anything approved?")
    assert "letters fit" not in answer["lead"]
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0247624"}
