"""A count asked of a year said from now ("how many decisions last year were overturned?"): the letters give no today
to count back from, so every decision is counted and the answer says so, with the dates the letters were decided in
(service.decided_range.year_from_now, said first by service.flows.count)."""

from __future__ import annotations

from service.decided_range import year_from_now

SPAN = ("2016-12-19", "2017-02-28")


def test_a_year_from_now_is_said_not_applied() -> None:
    assert year_from_now("how many decisions last year were overturned?", SPAN) == (
        'The letters give no today to count "last year" from: a year is read from each letter\'s decision date, so '
        "every decision is counted here; the letters in the index were decided from December 19, 2016 to February 28, "
        "2017. Name the year (e.g. 2017) to count one.")
    assert year_from_now("this year's approvals - how many?", None).startswith(
        'The letters give no today to count "this year" from')


def test_a_year_named_or_none_said_is_nothing_to_say() -> None:
    assert year_from_now("how many of the 2016 decisions were overturned?", SPAN) == ""
    assert year_from_now("how many decisions were overturned last year, in 2017?", SPAN) == ""
    assert year_from_now("how many lumbar MRIs were overturned?", SPAN) == ""
