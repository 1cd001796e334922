"""service.dated: the letter's own dates (UR denial, IMR decision) a question names a patient by."""

from datetime import date

import pytest

from service.dated import dates_agree, letter_dates
from tests.conftest import ask

TODAY = date(2026, 1, 1)


def test_a_date_after_a_ur_cue_is_the_ur_denial_date_and_after_an_imr_cue_the_decision_date() -> None:
    assert letter_dates("I'm the 37 year old woman, UR said no on 12/12/2016.", TODAY) == {
        "ur_denial_date": "2016-12-12"}
    assert letter_dates("UR denial dated 01/26/2017: did IMR overturn the PT?", TODAY) == {
        "ur_denial_date": "2017-01-26"}
    assert letter_dates("IMR decision of February 15, 2017: was the arthroscopy upheld?", TODAY) == {
        "decision_date": "2017-02-15"}


def test_a_month_with_a_decision_cue_before_or_after_it_is_the_month_of_that_date() -> None:
    # nat-625: "In the Jan 2017 decision on her Protonix"
    assert letter_dates("In the Jan 2017 decision on her Protonix, what did the reviewer say?", TODAY) == {
        "decision_date": "2017-01"}
    assert letter_dates("UR denied it in December 2016; what did IMR do?", TODAY) == {"ur_denial_date": "2016-12"}
    assert letter_dates("the February 2017 UR denial of her PT", TODAY) == {"ur_denial_date": "2017-02"}
    assert letter_dates("she was hurt in Jan 2017 and the MRI was denied", TODAY) == {}


def test_a_month_agrees_with_any_day_of_it_and_counts_once() -> None:
    said = {"decision_date": "2017-01"}
    assert dates_agree(said, {"ur_denial_date": "2016-12-01", "decision_date": "2017-01-27"}) == (1, 1)
    assert dates_agree(said, {"ur_denial_date": "2016-12-28", "decision_date": "2017-02-27"}) == (1, 0)


def test_an_injury_or_visit_date_or_a_bare_date_is_no_letter_date() -> None:
    assert letter_dates("I was injured on 10/10/2016 and UR denied my MRI", TODAY) == {}
    assert letter_dates("the RFA dated 11/17/2016 for chiropractic", TODAY) == {}
    assert letter_dates("what happened on 11/17/2016?", TODAY) == {}


def test_each_date_said_counts_double_and_only_when_the_letter_prints_one() -> None:
    said = {"ur_denial_date": "2016-12-12"}
    assert dates_agree(said, {"ur_denial_date": "2016-12-12", "decision_date": "2017-01-24"}) == (2, 2)
    assert dates_agree(said, {"ur_denial_date": "2016-11-30", "decision_date": None}) == (2, 0)
    assert dates_agree(said, {"ur_denial_date": None, "decision_date": None}) == (0, 0)


@pytest.fixture(scope="module")
def client(serve_real):
    # tune letters with a cervical MRI each: CM16-0245128 (decided 01/24/2017), CM16-0239607, CM17-0002106
    with serve_real(["CM16-0245128", "CM16-0239607", "CM17-0002106"]) as (client, _engine, _service):
        yield client


def test_a_decision_date_alone_names_the_letter(client) -> None:
    got = ask(client, "The IMR decision dated 01/24/2017 on the neck MRI: why was it upheld?")
    assert got["citations"][0]["case_number"] == "CM16-0245128"


def test_a_decision_month_told_wrong_is_corrected_first(client) -> None:
    # nat-3515: "IMR approved my nerve test back in December 2016, right?" got "Yes" alone (decided in January)
    got = ask(client, "54 year old woman who fell at work and gets dizzy - IMR turned down her neck MRI back in "
                      "December 2016, right?")
    assert got["answer"].startswith("IMR decided case CM17-0002106 on February 14, 2017 [1], not in December 2016. ")
    assert got["citations"][0]["role"] == "header"
    # ... the month told right says nothing of it
    right = ask(client, "54 year old woman who fell at work and gets dizzy - IMR turned down her neck MRI in "
                        "February 2017, right?")
    assert "IMR decided case" not in right["answer"]
    # ... nor a date told as IMR's receipt of the case (nat-989: "IMR got it on 12/29/2016", the assignment)
    got = ask(client, "54 year old woman who fell at work and gets dizzy - IMR got her case on 01/09/2017, was the "
                      "neck MRI denied?")
    assert "IMR decided case" not in got["answer"]
