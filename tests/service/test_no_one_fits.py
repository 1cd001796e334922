"""A patient described by an age or a sex that no letter's header has is no one's: the answer says so,
the nearest items related, instead of explaining another patient's item (service.flows.item)."""

from __future__ import annotations

from tests.conftest import ask, sample_client

# a 35-year-old female cook (hand therapy, pool therapy, ankle X-rays, Anaprox: all upheld) and a
# 70-year-old male truck driver (a TENS rental among three requests)
client = sample_client("CM16-0162844", "CM16-0162840")


def test_no_letter_fits_the_age_and_sex_told(client) -> None:
    answer = ask(client, "what did IMR say no to for the 33 yo guy?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "no_patient")
    assert answer["answer"] == ("No letter in the index fits the patient described (a 33-year-old man). "
                                "The nearest items are shown as related, not as the answer.")
    assert answer["citations"] == []
    # the same age, a woman's: the cook is a 35-year-old woman, a man of 35 is no one; the one pool therapy
    # is hers, answered, how she differs said first (service.loose_fit), never only "no letter fits"
    answer = ask(client, "was the pool therapy denied for the 35 yo man?")
    assert answer["answer"].startswith("The patient described does not fit exactly: no letter is of a 35-year-old man; "
                                       "the one letter with pool therapy is case CM16-0162844, a 35-year-old woman's. ")


def test_a_letter_that_fits_is_answered(client) -> None:
    answer = ask(client, "was the pool therapy denied for the 35 yo woman?")
    assert answer["kind"] == "item"
    assert answer["citations"][0]["case_number"] == "CM16-0162844"
    # a man whose age is within a year of the letter's is not ruled out
    assert ask(client, "did the 71 year old truck driver get his TENS?")["kind"] == "item"


def test_the_header_fields_are_checked_over_the_whole_catalog(sample_fake_index) -> None:
    # the letters matched are only the summaries nearest the question: whether anyone has the age and
    # sex described is asked of the catalog (60 sample letters: a 35-year-old man, no 33-year-old)
    from service.engine import Engine
    from service.lacking import someone_fits
    from service.understand import understand

    settings, store, encoder = sample_fake_index
    engine = Engine(settings, store, encoder)
    assert someone_fits(engine, understand("what did IMR say no to for the 33 yo guy?"), sex=True) is False
    assert someone_fits(engine, understand("what did IMR say no to for the 36 yo guy?"), sex=True) is True
    assert someone_fits(engine, understand("was the pool therapy denied for the 35 yo woman?"), sex=True) is True
