"""Where the question places an item of a kind it names by two words, one with a body part in it and one without
("the 37 yo lady's tens, lumbar support and braces"): the word without places it nowhere, so the wrist and elbow
braces are asked too, not only the lumbar support (service.flows.chosen._regions_of)."""

from __future__ import annotations

import msgspec

from service.flows.chosen import _regions_of
from service.types import GuidelineRef, Hit
from service.understand import understand


def test_a_word_of_its_kind_that_names_no_body_part_places_an_item_nowhere() -> None:
    wrist = Hit(case_number="CM16-0248471", request="Wrist braces #2", decision="Upheld", section="item", text="",
                score=0.0, pages=(3,), guideline=GuidelineRef(), chunk_id="CM16-0248471/item-5/rationale-1", span=(0, 1),
                item_index=5, title="Wrist braces #2", treatments=("brace", "dme"), body_regions=("wrist",))
    q = understand("the 37 yo lady's tens, lumbar support and braces - were they approved?")
    assert q.treatment_words == ("tens", "lumbar support")  # (the braces are added by service.lay_group.words_apart)
    assert _regions_of(q, ("tens", "brace"), wrist) == {"lumbar"}
    told = msgspec.structs.replace(q, treatment_words=("tens", "lumbar support", "braces"))
    assert _regions_of(told, ("tens", "brace"), wrist) == set()  # (the braces too, not only the lumbar support)
    # ... a support named alone by its region keeps the braces out
    alone = understand("the 37 yo lady's lumbar support - was it approved?")
    assert _regions_of(alone, ("brace",), wrist) == {"lumbar"}


def test_a_body_part_said_right_before_a_word_of_its_kind_is_that_things_not_the_others() -> None:
    # "her pillows, the TENS unit, the lumbar support and the wrist braces": the wrist is the braces', so the
    # pillows are placed nowhere (both asked) and the braces at the low back and the wrist (the support and the wrist
    # braces, not the elbow braces)
    def hit(n: int, title: str, treatments: tuple[str, ...], regions: tuple[str, ...]) -> Hit:
        return Hit(case_number="CM16-0248471", request=title, decision="Upheld", section="item", text="", score=0.0,
                   pages=(3,), guideline=GuidelineRef(), chunk_id=f"CM16-0248471/item-{n}/rationale-1", span=(0, 1),
                   item_index=n, title=title, treatments=treatments, body_regions=regions)
    q = understand("the 37 year old woman: were her pillows, the TENS unit, the lumbar support and the wrist braces all denied?")
    told = msgspec.structs.replace(q, treatment_words=(*q.treatment_words, "braces"))
    sets = ("pillow", "tens", "brace")
    assert _regions_of(told, sets, hit(3, "Cervical pillow", ("pillow", "dme"), ("cervical",))) == set()
    assert _regions_of(told, sets, hit(5, "Wrist braces #2", ("brace", "dme"), ("wrist/hand",))) == {"lumbar", "wrist/hand"}
