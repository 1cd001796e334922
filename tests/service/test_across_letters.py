"""Questions across letters about what each letter gives of its patient or its review (service.across,
service.flows.across): a UR denial date or a date of injury in a time, not the IMR decision date."""

from __future__ import annotations

from service.across import across
from tests.conftest import ask, served_client

# tune letters: UR denial dates 2016-11-09, 2016-12-01, 2016-11-29, 2016-11-30; dates of injury 2016-10-10,
# 2016-11-01, 2016-10-23, 2016-10-23 (their headers)
client = served_client("CM16-0219557", "CM16-0230548", "CM16-0231706", "CM16-0231745")


def test_a_ur_denial_or_an_injury_in_a_time_is_read_as_that_date():
    a = across("which cases had a UR denial in December 2016?")
    assert (a.field, a.low, a.high, a.month) == ("ur_denial_date", "2016-12-01", "2016-12-31", 0)
    assert across("UR denial in December?").month == 12  # a bare question asks across letters too
    assert across("the man whose UR denial came in December 2016 had a fusion") is None
    assert across("which letters had a UR denial in December?").month == 12
    b = across("which workers were hurt before 2010?")
    assert (b.field, b.low, b.high) == ("date_of_injury", "", "2010-01-00")
    assert across("how many injuries happened in 2014?").count is True
    # the IMR decision date stays the collection reader's
    assert across("which cases were decided in December 2016?") is None
    assert across("how many MRIs were denied in December 2016?") is None


def test_letters_by_their_ur_denial_month_are_listed_with_the_date_cited(client):
    got = ask(client, "which cases had a UR denial in November 2016?")
    assert got["lead"] == "3 letters give a UR denial date in November 2016."
    assert got["answer"] == ("3 letters give a UR denial date in November 2016. They are: CM16-0219557, November 9, 2016 [1]; "
                             "CM16-0231706, November 29, 2016 [2]; CM16-0231745, November 30, 2016 [3].")
    assert [c["quote"] for c in got["citations"]][0] == "UR Denial Date: 11/09/2016"
    assert got["table"]["rows"] == [["CM16-0219557", "2016-11-09"], ["CM16-0231706", "2016-11-29"],
                                    ["CM16-0231745", "2016-11-30"]]
    december = ask(client, "which cases had a UR denial in December?")
    assert december["lead"] == "1 letter gives a UR denial date in December."


def test_no_letter_injured_in_a_year_says_the_years_the_letters_give(client):
    got = ask(client, "who was injured in 2013?")
    assert got["answer"] == ("No letter in the index gives a date of injury in 2013; the dates of injury the letters give "
                             "run from October 10, 2016 to November 1, 2016.")
    assert ask(client, "how many injuries happened in 2016?")["lead"] == "4 letters give a date of injury in 2016."
    # a month of injury is no patient described: the letters hurt before it
    assert ask(client, "how many workers were injured before November 2016?")["lead"] == (
        "3 letters give a date of injury before November 2016.")


def test_a_superlative_over_the_patients_is_read_as_its_measure_and_end():
    from service.across import superlative

    assert superlative("who is the oldest patient?") == superlative("the oldest worker")
    assert (superlative("the youngest worker?").measure, superlative("the youngest worker?").most) == ("age", False)
    assert superlative("who is the oldest woman?").sex == "female"
    assert (superlative("which injury is the most recent?").measure, superlative("which injury is the oldest?").most) == (
        "injury", False)
    assert superlative("the longest time between injury and review").measure == "gap"
    assert superlative("what is the oldest guideline cited?") is None
    # ... the IMR decision's date
    assert superlative("what's the latest decision date in the index?") == superlative("latest IMR decision?")
    assert (superlative("which letter was decided first?").measure, superlative("which letter was decided first?").most) == (
        "decision", False)
    assert superlative("what was the latest decision on her PT?") is None


def test_the_oldest_and_youngest_patient_and_injury_are_named_with_the_value_cited(client):
    oldest = ask(client, "who is the oldest patient?")
    assert oldest["answer"] == ('The oldest patient in the index is 60 years old, in case CM16-0230548 (of 4 letters giving an '
                                'age). The patient in case CM16-0230548 is a 60-year-old male: "The injured worker is a 60 '
                                'year old male, who sustained an '
                                'industrial injury on 11-01-2016." [1]')
    assert oldest["citations"][0]["case_number"] == "CM16-0230548"
    assert ask(client, "the youngest worker?")["lead"] == ("The youngest patient in the index is 34 years old, in case "
                                                          "CM16-0219557 (of 4 letters giving an age).")
    assert ask(client, "who is the oldest woman?")["lead"] == ("The oldest woman in the index is 52 years old, in case "
                                                              "CM16-0231745 (of 2 letters of women giving an age).")
    recent = ask(client, "which injury is the most recent?")
    assert recent["answer"] == ("The most recent date of injury in the index is November 1, 2016, in case CM16-0230548 (of 4 "
                                "letters giving a date of injury). Case CM16-0230548: November 1, 2016 [1].")
    assert recent["citations"][0]["quote"] == "Date of Injury: 11/01/2016"
    gap = ask(client, "the longest time between injury and review")
    assert gap["lead"] == ("The longest time from the date of injury to the IMR decision in the index is 79 days, in case "
                           "CM16-0231745 (of 4 letters giving both dates).")
    assert [c["quote"] for c in gap["citations"]] == ["Date of Injury: 10/23/2016", "Decision Date: 01/10/2017"]
    latest = ask(client, "latest IMR decision?")
    assert latest["answer"] == ("The most recent IMR decision date in the index is January 10, 2017, in case CM16-0231745 "
                                "(of 4 letters giving a decision date). Case CM16-0231745: January 10, 2017 [1].")
    assert latest["citations"][0]["quote"] == "Decision Date: 01/10/2017"
    assert ask(client, "which letter was decided first?")["lead"] == (
        "The earliest IMR decision date in the index is December 19, 2016, in case CM16-0219557 (of 4 letters giving a "
        "decision date).")


def test_the_reviewers_licensure_or_specialty_asked_is_read_against_what_the_letters_hold():
    from service.across_reviewers import asked_credential

    held = ("Physical Medicine & Rehabilitation", "Orthopedic Surgery", "Family Practice")
    got = asked_credential("how many reviewers were licensed in California?", held)
    assert (got.kind, got.value, got.count) == ("licensure", "California", True)
    assert asked_credential("which reviewers are board certified in orthopaedic surgery?", held).value == "Orthopedic Surgery"
    assert asked_credential("which reviewers are certified in physical medicine and rehabilitation?", held).value == (
        "Physical Medicine & Rehabilitation")
    assert asked_credential("which reviewers are board certified in dermatology?", held) is None
    assert asked_credential("was the knee MRI reviewer licensed in California?", held) is None


def test_the_reviewers_licensed_in_a_state_are_counted_as_letters_cited_to_their_credentials(client):
    got = ask(client, "how many reviewers were licensed in California?")
    assert got["answer"] == ("2 letters of 4 in the index name a reviewer licensed in California (4 give the reviewer's "
                             "licensure). They are: CM16-0219557 [1], CM16-0231706 [2].")
    assert [c["role"] for c in got["citations"]] == ["reviewer", "reviewer"]
    assert "California" in got["citations"][1]["quote"]
    board = ask(client, "which reviewers are board certified in physical medicine & rehabilitation?")
    assert board["lead"] == ("2 letters of 4 in the index name a reviewer with the specialty Physical Medicine & "
                             "Rehabilitation (4 give the reviewer's specialty).")
    assert board["table"]["rows"] == [["CM16-0231706", "Physical Medicine & Rehabilitation"],
                                      ["CM16-0231745", "Physical Medicine & Rehabilitation"]]


def test_a_question_of_the_requests_decided_is_no_question_across_letters():
    from service.across import ABOUT_ITEMS

    assert ABOUT_ITEMS.search("What did IMR decide about the therapy of a 45 year old man hurt in November 2016?")
    assert ABOUT_ITEMS.search("which reviewers licensed in Texas approved acupuncture?")
    assert ABOUT_ITEMS.search("the youngest one - what was denied?")
    assert ABOUT_ITEMS.search("did any reviewer mention a fall?")  # what the letters say: service.flows.mention
    assert ABOUT_ITEMS.search("which cases had a UR denial in December 2016?") is None
    assert ABOUT_ITEMS.search("which cases were denied by UR in December?") is None
