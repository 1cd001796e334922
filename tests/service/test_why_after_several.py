""""why?" after an answer about several of one patient's requests (service.conversation): of each of them, when
the question before named a treatment in the plural ("her oral suspensions") or the answer was about every one of
her letter's requests (more than four of them: why her letter's requests were decided so); not the first alone."""

from __future__ import annotations

from service.conversation import Earlier, Fact, _told_plural, resolve

CASE = "CM16-0248471"
SIX = tuple(Fact(case_number=CASE, item_index=n, title=t, decision="Upheld") for n, t in enumerate(
    ("TENS unit", "Lumbar support", "Cervical pillow", "Wedge pillow", "Wrist braces #2", "Elbow braces #2"), start=1))
SUSPENSIONS = tuple(Fact(case_number="CM17-0013625", item_index=n, title=t, decision="Upheld") for n, t in enumerate(
    ("Fanatrex 25mg/ml oral suspension 420ml", "Dicopanol 5mg/ml oral suspension, 150ml"), start=2))
CELECOXIB = Fact(case_number="CM17-0013625", item_index=1, title="Celecoxib 200mg #90", decision="Upheld")


def test_why_after_every_request_of_a_letter_of_more_than_four_asks_why_each():
    earlier = [Earlier(question="the 37 yo woman with the TENS unit - what was denied?", items=SIX, kind="item", letter=SIX)]
    got = resolve("why?", earlier)
    assert got.question == f"why were the requests in case {CASE} denied?"
    assert got.carried == (f"case: {CASE}, its 6 requests in the previous answer",)


def test_why_after_a_treatment_named_in_the_plural_asks_of_each_answered():
    earlier = [Earlier(question="the 40 year old woman's oral suspensions", items=SUSPENSIONS, kind="item",
                       letter=(CELECOXIB, *SUSPENSIONS))]
    got = resolve("why?", earlier)
    assert got.question == ("why? [the Fanatrex 25mg/ml oral suspension 420ml and the Dicopanol 5mg/ml oral suspension, "
                            "150ml in case CM17-0013625]")


def test_why_after_one_treatment_named_in_the_singular_is_of_the_first():
    earlier = [Earlier(question="the 40 year old woman's Fanatrex", items=SUSPENSIONS, kind="item",
                       letter=(CELECOXIB, *SUSPENSIONS))]
    assert resolve("why?", earlier).question == "why? [the Fanatrex 25mg/ml oral suspension 420ml in case CM17-0013625]"


def test_a_treatment_in_the_plural():
    assert _told_plural("the 40 year old woman's oral suspensions")
    assert _told_plural("the 33 year old man's MRIs")
    assert _told_plural("his x-rays")
    assert not _told_plural("the 37 yo woman's TENS")
    assert not _told_plural("the 43 yo woman's chiro")
    assert not _told_plural("the 60 yo man's physical therapy")
