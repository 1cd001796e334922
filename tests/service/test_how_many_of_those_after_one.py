""""how many of those were approved?" after one item's answer counts the letter's requests (service.conversation)."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve

SUPPORT = Fact(case_number="CM16-0248471", item_index=2, title="Lumbar support", decision="Upheld", body_regions=("lumbar",))
TENS = Fact(case_number="CM16-0248471", item_index=1, title="TENS unit", decision="Upheld")
PILLOW = Fact(case_number="CM16-0248471", item_index=3, title="Cervical pillow", decision="Upheld")


def test_how_many_of_those_after_one_item_counts_the_letters_requests():
    earlier = [Earlier(question="the 37 yo woman with the TENS - was her lumbar support denied?", items=(SUPPORT,),
                       shown=(TENS, PILLOW), kind="item")]
    got = resolve("how many of those were approved?", earlier)
    assert got.question == "how many of the requests were approved? [in case CM16-0248471]"
    assert got.carried == ("case: CM16-0248471, the letter the previous answer was about, its requests counted",)
    assert resolve("and how many of them got denied?", earlier).question == (
        "and how many of the requests got denied? [in case CM16-0248471]")


def test_how_many_of_those_after_several_items_is_of_those_items():
    earlier = [Earlier(question="her TENS, support and pillow?", items=(TENS, SUPPORT, PILLOW), kind="item")]
    got = resolve("how many of those were approved?", earlier)
    assert got.question == ("how many of them were approved? [the TENS unit and the Lumbar support and the Cervical pillow "
                            "in case CM16-0248471]")
    assert got.carried == ("items: TENS unit, Lumbar support, Cervical pillow (case CM16-0248471), from the previous answer, "
                           "counted",)


def test_how_many_of_those_after_all_of_the_letters_items_counts_its_requests():
    letter = (TENS, SUPPORT, PILLOW)
    earlier = [Earlier(question="the 37 yo woman's requests", items=(TENS, SUPPORT, PILLOW, TENS), kind="item", letter=letter)]
    got = resolve("and how many of those were denied?", earlier)
    assert got.question == "and how many of the requests were denied? [in case CM16-0248471]"
    assert got.carried == ("case: CM16-0248471, the letter the previous answer was about, all its requests counted",)


def test_how_many_of_those_after_some_of_the_letters_items_names_them():
    letter = (TENS, SUPPORT, PILLOW)
    earlier = [Earlier(question="the 37 yo woman's support and pillow", items=(SUPPORT, PILLOW), kind="item", letter=letter)]
    assert resolve("how many of them got denied?", earlier).question == (
        "how many of them got denied? [the Lumbar support and the Cervical pillow in case CM16-0248471]")


def test_how_many_of_those_is_of_the_items_answered_not_of_other_letters_shown():
    other = Fact(case_number="CM16-0219557", item_index=1, title="Facet joint injections L4-5, L5-S1", decision="Upheld")
    letter = (TENS, SUPPORT, PILLOW)
    earlier = [Earlier(question="her TENS and support", items=(TENS, SUPPORT), shown=(other,), kind="item", letter=letter)]
    assert resolve("how many of those were denied?", earlier).question == (
        "how many of them were denied? [the TENS unit and the Lumbar support in case CM16-0248471]")
