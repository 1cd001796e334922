"""A follow-up that names a thing and nothing more ("acupuncture?", "and PT approved?", "MRI?") after an answer about
one letter is of that letter, whether it has the thing or not; "how many drugs were denied?" after one letter with five
drugs counts hers (service.conversation)."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve

ACU = Fact(case_number="CM17-0010885", item_index=1, decision="Overturned",
           title="Initial acupuncture, 1 to 2 times per week for 4 weeks, for the neck")
PT = Fact(case_number="CM17-0010885", item_index=2, decision="Overturned",
          title="Additional physical therapy, 1 to 2 times per week for 3 weeks, for the neck")
CASE = [Earlier(question="CM17-0010885", kind="item", items=(PT, ACU), letter=(ACU, PT))]
DRUGS = tuple(Fact(case_number="CM17-0013625", item_index=n, title=t, decision="Upheld") for n, t in enumerate(
    ("Celecoxib 200mg #90", "Fanatrex 25mg/ml oral suspension 420ml", "Dicopanol 5mg/ml oral suspension, 150ml"), 1))


def test_a_bare_thing_named_is_of_the_letter_before() -> None:
    assert resolve("acupuncture?", CASE).question == "acupuncture? [in case CM17-0010885]"
    assert resolve("and PT approved?", CASE).question == "and PT approved? [in case CM17-0010885]"
    # a thing the letter lacks, named alone: of that letter (its lack said)
    assert resolve("MRI?", CASE).question == "MRI? [in case CM17-0010885]"


def test_a_thing_asked_with_more_words_is_asked_afresh() -> None:
    assert resolve("is acupuncture usually approved for neck pain?", CASE).question == (
        "is acupuncture usually approved for neck pain?")


def test_how_many_of_a_kind_after_one_letter_with_several_counts_that_letter() -> None:
    earlier = [Earlier(question="CM17-0013625", kind="item", items=DRUGS, letter=DRUGS)]
    assert resolve("how many drugs were denied?", earlier).question == "how many drugs were denied? [in case CM17-0013625]"
    one = [Earlier(question="CM17-0010885", kind="item", items=(ACU,), letter=(ACU, PT))]
    assert resolve("how many MRIs were denied?", one).question == "how many MRIs were denied?"


def test_a_thing_asked_after_a_count_of_one_case_is_of_that_case() -> None:
    earlier = [Earlier(question="CM17-0013625", kind="item", items=DRUGS, letter=DRUGS),
               Earlier(question="how many drugs were denied?", kind="count", items=DRUGS, letter=DRUGS)]
    assert resolve("and the celebrex - why?", earlier).question == "and the celebrex - why? [in case CM17-0013625]"
    # ... not after a count across letters that cited one case only
    counted = [Earlier(question="how many celecoxib requests were denied?", kind="count", items=DRUGS[:1],
                       letter=DRUGS)]
    assert resolve("and the fanatrex?", counted).question == "how many fanatrex requests were denied?"
