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


def test_anything_approved_typed_bare_depends_on_the_letter(client):
    # "- anything approved?" (no "was") asks of any one, as "was anything approved?" does: not a "No" over both
    answer = ask(client, "the 33 yo man - anything approved?")
    assert answer["lead"].startswith("It depends on which letter: 2 letters fit the 33-year-old man equally. ")


def test_what_was_requested_for_a_description_two_letters_fit(client):
    answer = ask(client, "A 33 year old man's IMR - what was requested and did any of it get approved?")
    # (one letter has an approval, the other none: the yes or no depends on the letter)
    assert answer["lead"].startswith("It depends on which letter: 2 letters fit the 33-year-old man equally. In CM16-0247624, 1 of the 2 requests "
                                     "was approved (overturned).")


def test_with_no_outcome_asked_each_letter_is_summed_up(client):
    answer = ask(client, "what happened with all of the 33 year old man's requests?")
    assert answer["lead"] == ("2 letters fit the 33-year-old man equally. In CM16-0234464, all 6 requests were denied "
                              "(upheld). In CM16-0247624, 2 requests: 1 approved (overturned), 1 denied (upheld).")


def test_a_description_that_tells_more_picks_one_letter(client):
    answer = ask(client, "the 33 year old man with the head injury: was anything approved?")
    assert "letters fit" not in answer["lead"]
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0247624"}


# four oral suspensions and celecoxib (CM17-0013625), all upheld; another 40-year-old woman's tramadol
suspensions = served_client("CM17-0013625", "CM17-0017734")


def test_a_group_of_one_letter_past_what_an_item_answer_explains_is_listed_whole(suspensions):
    answer = ask(suspensions, "Re CM17-0013625: all five compounded suspensions upheld? Any of them overturned?")
    # the last question asked is answered: any of them overturned? none
    assert answer["lead"] == ("In CM17-0013625, none of the 4 requests for medications (oral liquid forms) was approved "
                              "(overturned).")
    assert [c["request"] for c in answer["citations"] if c["role"] == "heading"] == [
        "Fanatrex 25mg/ml oral suspension 420ml", "Dicopanol 5mg/ml oral suspension, 150ml",
        "Deprizine 15mg/ml oral suspension, 250ml", "Tabradol 1mg/ml oral suspension, 250ml"]


def test_a_group_of_the_one_patient_described_is_listed_whole(suspensions):
    answer = ask(suspensions, "did the 40 yo woman get any of those compounded suspensions?")
    assert answer["lead"] == ("No: in CM17-0013625, all 4 requests for medications (oral liquid forms) were denied "
                              "(upheld).")
    assert [c["request"] for c in answer["citations"] if c["role"] == "heading"] == [
        "Fanatrex 25mg/ml oral suspension 420ml", "Dicopanol 5mg/ml oral suspension, 150ml",
        "Deprizine 15mg/ml oral suspension, 250ml", "Tabradol 1mg/ml oral suspension, 250ml"]


def test_a_group_asked_of_a_description_two_letters_fit(suspensions):
    # (a kind said in the plural, "her medications ... all", is the letter with several of them since hand66's
    # service.patients.having_several: CM17-0013625's five, not the other 40-year-old woman's one tramadol)
    answer = ask(suspensions, "were the 40 year old woman's medications all denied?")
    assert answer["lead"] == "Yes: in CM17-0013625, all 5 requests for medications were denied (upheld)."


def test_how_many_of_the_group_she_had_tells_the_letter_with_that_many(suspensions):
    # five medicines: CM17-0013625's, not the other 40-year-old woman's one (tramadol)
    answer = ask(suspensions, "which of the 40 yo woman's five meds did IMR not uphold?")
    assert "letters fit" not in answer["lead"]
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0013625"}
    assert answer["hits"][0]["title"] == "Fanatrex 25mg/ml oral suspension 420ml"


def test_the_group_that_describes_her_is_no_group_asked(suspensions):
    # "the woman with all the oral suspensions" describes her; her second request is asked
    answer = ask(suspensions, "For the 40-year-old woman with all the oral suspensions, what happened to the second "
                              "request?")
    assert answer["hits"][0]["title"] == "Fanatrex 25mg/ml oral suspension 420ml"
