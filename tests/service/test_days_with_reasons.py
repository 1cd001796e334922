"""The days a described patient's review took (service.collection.flow, shape "mean") are said with
their few items, and why each was decided, quoted from the letter, as an item answer says it; a count
of their items keeps its own reasons. Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 43-year-old woman's remaining 6 chiropractic physiotherapy visits (upheld)
client = served_client("CM16-0231706")


def test_the_days_are_said_with_the_items_reason(client) -> None:
    answer = ask(client, "chiro physiotherapy for the 43 year old woman: UR gave 6 of the 12 visits - how many days after "
                         "assignment did IMR decide the other 6, and which way?")
    assert answer["lead"] == "For the 43-year-old woman (CM16-0231706): 29 days from the assignment to a reviewer to the IMR decision."
    assert 'is: Upheld" [1]. Why: "The initial treatment request exceeds the recommendation of an initial trial of 6 ' \
           'visits over 2 weeks." [2]' in answer["answer"]
    assert [c["role"] for c in answer["citations"]][:2] == ["heading", "finding"]


# a 45-year-old woman's naproxen (overturned; UR denial 01/20/2017, decided 02/28/2017); a 27-year-old
# woman on modified duty, her additional chiropractic (upheld; UR denial 11/30/2016, decided 02/02/2017)
told = served_client("CM17-0019011", "CM16-0247660")


def test_the_days_of_a_patient_described_are_her_letters_whatever_the_story_says(told) -> None:
    # nat-3530: the story's neck and arm and "in January" filtered her naproxen out: "does not give both dates"
    naproxen = ask(told, "45 yr old woman, neck shoulder and arm pain, on total disability. UR refused her naprosyn in "
                         "January - how long did IMR take and what did they do?")
    assert naproxen["lead"] == "For the 45-year-old woman (CM17-0019011): 39 days from utilization review's denial to the IMR decision."
    assert 'CM17-0019011, approved: "Naproxen 500mg #60: Overturned" [1]' in naproxen["answer"]
    # nat-3514: "on modified duty" counted only remainders of requests UR partly authorised
    chiro = ask(told, "my girlfriend is 27, low back strain, on modified duty. how long did she wait between UR saying "
                      "no to the extra chiro and the IMR decision?")
    assert chiro["lead"] == "For the 27-year-old woman (CM16-0247660): 64 days from utilization review's denial to the IMR decision."


def test_the_days_of_a_case_named_are_said_with_its_items(told) -> None:
    # nat-3538: "... and did any of the items survive?" got the days alone
    answer = ask(told, "CM16-0247660 how many days between the UR denial and the IMR decision, and did any of the "
                       "items survive?")
    assert answer["lead"] == "From utilization review's denial to the IMR decision: 64 days, in case CM16-0247660."
    assert ('In that letter: CM16-0247660, denied: "Additional chiropractic three times a week for two weeks for the '
            'lumbar spine: Upheld" [1]. Why: ') in answer["answer"]


# a 43-year-old man's home aide, 12 hours a day (upheld; UR denial 12/07/2016, decided 01/31/2017)
aide = served_client("CM16-0249735", "CM16-0231706")


def test_the_days_of_the_one_letter_a_kind_is_in_are_said_with_its_item(aide) -> None:
    # nat-3651: "55 days, in the one home health and home care letter." named no letter and cited nothing
    answer = ask(aide, "how long did IMR take on the home aide request after UR said no?")
    assert answer["lead"] == ("From utilization review's denial to the IMR decision: 55 days, in the one home health "
                              "and home care letter.")
    assert 'In that letter: CM16-0249735, denied: "Home aide 12 hours per day' in answer["answer"]
    assert answer["citations"][0]["case_number"] == "CM16-0249735"
