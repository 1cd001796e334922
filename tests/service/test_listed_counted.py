"""A count asked after a list answer ("how many of those were denied?"): over the items listed, not one of them
answered again. Pure rules, no index."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve

MRI = Fact(case_number="CM16-0230548", item_index=1, title="MRI of neck and right hand without contrast", decision="Upheld")
ACU = Fact(case_number="CM16-0230548", item_index=2, title="Acupuncture 3 times a week for 2 weeks, neck, right hand and head",
           decision="Overturned")
KNEE = Fact(case_number="CM17-0015957", item_index=1, title="Arthroscopy of the left knee", decision="Upheld")
CHIRO = Fact(case_number="CM16-0231745", item_index=2, title="Spinal manipulation 1 times 8", decision="Upheld")


def test_the_requests_of_every_letter_listed_are_counted():
    earlier = [Earlier(question="what did the 60 yo man ask for?", items=(MRI, MRI, ACU, KNEE), kind="item")]
    got = resolve("how many of those were denied?", earlier)
    assert got.question == "how many of the requests were denied? [in cases CM16-0230548 and CM17-0015957]"
    assert got.carried == ("cases: CM16-0230548 and CM17-0015957, the letters the previous answer listed, their requests "
                           "counted",)


def test_the_one_request_found_of_a_kind_asked_in_the_plural_is_counted():
    earlier = [Earlier(question="the 52 yo woman's chiropractic requests", items=(CHIRO, CHIRO), kind="item")]
    got = resolve("how many of those were denied?", earlier)
    assert got.question == "how many of them were denied? [the Spinal manipulation 1 times 8 in case CM16-0231745]"
    assert got.carried == ("item: Spinal manipulation 1 times 8 (case CM16-0231745), the one the previous answer listed, "
                           "counted",)


def test_one_item_asked_in_the_singular_is_not_a_list():
    earlier = [Earlier(question="why was the 52 yo woman's chiropractic denied?", items=(CHIRO,), kind="item")]
    got = resolve("how many of those were denied?", earlier)
    assert "in cases" not in got.question and "of them" not in got.question
