"""The month items were decided in, said of a list ("which neck MRIs were decided in February 2017?"), selects
the items whose decision date falls in it (service.dated.decided_month, service.retrieve.effective_filters), and
the lead says so (service.groups.where_words). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.dated import decided_month
from service.groups import where_words
from tests.conftest import ask, served_client

# cervical MRIs: CM17-0002106 decided 02/14/2017 (upheld); CM16-0245128 01/24/2017 (upheld), CM16-0246624 01/25/2017
# (overturned)
client = served_client("CM17-0002106", "CM16-0245128", "CM16-0246624")


def test_the_month_said_is_a_decision_date_window() -> None:
    assert decided_month("which neck MRIs were decided in February 2017?") == {
        "date_from": "2017-02-01", "date_to": "2017-02-28"}
    assert decided_month("lumbar mri decisions from feb 2017?") == {"date_from": "2017-02-01", "date_to": "2017-02-28"}
    assert decided_month("decided in Dec 2016") == {"date_from": "2016-12-01", "date_to": "2016-12-31"}
    assert decided_month("the January 2017 decision") == {}  # one letter's, not a window of many
    assert decided_month("which neck MRIs were denied?") == {}
    # IMR's outcome said of them is their decision's month ("denied" is UR's word too: none)
    assert decided_month("did anyone get hydrocodone approved in january 2017?") == {
        "date_from": "2017-01-01", "date_to": "2017-01-31"}
    assert decided_month("did anyone get hydrocodone approved in january 2017?", outcomes=False) == {}
    assert decided_month("UR denied it in December 2016") == {}
    # ... a few words after "decisions on" / "decided about", the month after "in" (nat-5025, 5026)
    assert decided_month("any decisions on a tens unit for the neck in feb 2017?") == {
        "date_from": "2017-02-01", "date_to": "2017-02-28"}
    assert decided_month("what was decided about PT during january 2017?") == {
        "date_from": "2017-01-01", "date_to": "2017-01-31"}
    assert decided_month("what was decided on the MRI after UR denied it in December 2016?") == {}


def test_the_lead_says_the_month() -> None:
    assert where_words({"date_from": "2017-02-01", "date_to": "2017-02-28"}) == "among the February 2017 decisions in the index"
    assert where_words({"date_from": "2017-02-01", "date_to": "2017-02-14"}) == "in the index"  # no whole month
    assert where_words({"sex": "female"}) == "of women in the index"


def test_the_neck_mris_decided_in_february(client) -> None:
    answer = ask(client, "which neck MRIs were decided in February 2017?")
    assert answer["lead"].startswith("The one cervical MRI request among the February 2017 decisions in the index was")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0002106"}


def test_the_neck_mris_decided_in_january(client) -> None:
    answer = ask(client, "which neck MRIs were decided in January 2017?")
    assert answer["lead"].startswith("2 cervical MRI requests are among the January 2017 decisions in the index: 1 approved")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0245128", "CM16-0246624"}


def test_decisions_from_a_month_are_a_list() -> None:
    from service.understand import understand

    # "lumbar mri decisions from feb 2017?" names no case and no patient: each of that month's, not one item
    assert understand("lumbar mri decisions from feb 2017?").kind == "list"
    assert understand("neck MRI decided in January 2017").kind == "list"
    assert understand("CM17-0002106 neck MRI decided in February 2017?").kind == "item"  # one letter's
    assert understand("the neck MRI decided in January 2017 - why?").kind == "item"  # one of them, its why


def test_the_dates_asked_said_in_words() -> None:
    from service.decided_range import dates_said, outside_dates

    assert dates_said({"date_from": "2017-06-01", "date_to": "2017-06-30"}) == "in June 2017"
    assert dates_said({"date_from": "2017-06-01", "date_to": "2017-06-14"}) == "from June 1, 2017 to June 14, 2017"
    assert outside_dates(("2016-12-19", "2017-02-28"), "lumbar MRI request",
                         {"date_from": "2017-06-01", "date_to": "2017-06-30"}) == (
        "No lumbar MRI request in the index was decided in June 2017: the letters in the index were decided from "
        "December 19, 2016 to February 28, 2017.")


def test_the_neck_mris_decided_in_a_month_with_none(client) -> None:
    # the letters have neck MRIs, none decided in June 2017: said so, with the dates the letters were decided in
    for question in ("neck mri decisions from june 2017?", "which neck MRIs were decided in June 2017?"):
        answer = ask(client, question)
        assert answer["kind"] == "not_found" and answer["not_found"] == "filters_exclude"
        assert answer["answer"] == (
            "No cervical MRI request in the index was decided in June 2017: the letters in the index were decided from "
            "January 24, 2017 to February 14, 2017.")
