"""A later question that only asks whether something was the reason ("was it because there was no
MRI?", "was she even taking NSAIDs long term?", "did the old x-ray matter?") asks about the item of
the question before it; what it names is not asked about (service.asking, service.understand)."""

from __future__ import annotations

from datetime import date

from service.asking import asking_span, reason_follow_ups
from service.understand import understand

TODAY = date(2017, 6, 1)


def test_the_question_before_a_reason_follow_up_asks() -> None:
    text = "the protonix for the 54 yo sewing machine operator - why denied? was she even taking NSAIDs long term?"
    start, end = asking_span(text)
    assert text[start:end] == "the protonix for the 54 yo sewing machine operator - why denied?"
    text = "CM17-0011703 neck x-rays: upheld or overturned? did the old x-ray showing his fusion matter?"
    assert [text[s:e] for s, e in reason_follow_ups(text)] == [" did the old x-ray showing his fusion matter?"]
    text = "why did IMR say no to the shots? was it because there was no MRI?"
    assert [text[s:e] for s, e in reason_follow_ups(text)] == [" was it because there was no MRI?"]


def test_what_a_reason_follow_up_names_is_not_asked_about() -> None:
    q = understand("the protonix for the 54 yo sewing machine operator - why denied? was she even taking NSAIDs "
                   "long term?", today=TODAY)
    assert q.treatments == ("ppi", "medication")
    q = understand("CM17-0011703 neck x-rays: upheld or overturned? did the old x-ray showing his fusion matter?",
                   today=TODAY)
    assert (q.treatments, q.body_regions) == (("xray", "imaging"), ("cervical",))


def test_a_second_question_that_asks_of_another_item_is_still_asked() -> None:
    assert reason_follow_ups("Why was the MRI denied? Was the PT approved?") == []
    assert reason_follow_ups("Why was the MRI denied? And was it the same for his PT?") == []


def test_a_measure_asked_as_the_reason_counts_nothing() -> None:
    # "was it the number of visits?" asks whether the quantity was the reason: no collection count
    text = "27F chiro 3x2 lumbar - denied why? was it the number of visits?"
    assert [text[s:e] for s, e in reason_follow_ups(text)] == [" was it the number of visits?"]
    assert understand(text, today=TODAY).kind == "item"
    assert understand("how many chiro requests were denied? was it the number of visits?", today=TODAY).kind == "count"
    assert reason_follow_ups("Why was the MRI denied? Was it the MRI of the neck?") == []
