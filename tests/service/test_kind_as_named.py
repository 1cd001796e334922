"""'the wedge pillow and braces' of a letter with a cervical and a wedge pillow, wrist and elbow braces
and a lumbar support asks of the wedge pillow and the two braces: of each kind asked, the requests that
name the words it was asked by, when each place it is asked names some (service.lay_group,
service.flows.chosen; found asking by hand)."""

from __future__ import annotations

from service.lay_group import as_said, said_words
from tests.conftest import ask, sample_client

PILLOWS = ["Cervical pillow", "Wedge pillow"]
BRACES = ["Lumbar support", "Wrist braces #2", "Elbow braces #2"]
QUESTION = "the 37 year old woman's wedge pillow and braces - approved?"


def test_the_word_before_says_which_one() -> None:
    assert said_words(QUESTION, "pillow") == [frozenset({"wedge", "pillow"})]
    assert as_said(PILLOWS, said_words(QUESTION, "pillow")) == [1]


def test_a_plural_kind_is_every_request_named_by_it() -> None:
    assert said_words(QUESTION, "braces") == [frozenset({"brace"})]
    assert as_said(BRACES, said_words(QUESTION, "braces")) == [1, 2]


def test_each_place_the_kind_is_named() -> None:
    # tune nat-675: "her wrist braces and elbow braces": both
    said = said_words("were her wrist braces and elbow braces denied?", "braces")
    assert said == [frozenset({"wrist", "brace"}), frozenset({"elbow", "brace"})]
    assert as_said(BRACES, said) == [1, 2]


def test_a_body_part_in_lay_words_names_the_request_in_the_letters() -> None:
    # "the neck pillow" is the "Cervical pillow" (tune nat-2883)
    assert as_said(PILLOWS, said_words("was her neck pillow approved?", "pillow")) == [0]
    assert as_said(BRACES, said_words("her back brace and the neck pillow", "brace")) == [0, 1, 2]  # no "brace" in "Lumbar support"


def test_words_no_request_names_keep_every_one() -> None:
    assert as_said(PILLOWS, said_words("was her foam pillow approved?", "pillow")) == [0, 1]
    # tune nat-210: a misspelt place ("elbo braces") names none, so nothing is narrowed
    assert as_said(BRACES, said_words("The wrist braces I get, but why were the elbo braces denied", "braces")) == [0, 1, 2]


# a 40-year-old woman's letter with "CT of the left elbow without contrast" and "CT scan of the cervical spine"
client = sample_client("CM16-0162902")


def test_a_group_word_is_no_name_to_narrow_by(client) -> None:
    # "her scans" asks of every scan, not only the request worded "CT scan" (tune nat-763)
    answer = ask(client, "the 40 yo woman - were her scans and her aquatic therapy denied?")
    assert {c["request"] for c in answer["citations"]} >= {"CT of the left elbow without contrast",
                                                          "CT scan of the cervical spine", "Aquatic therapy 2x4 for the right knee"}


def test_a_body_part_before_the_kind_narrows_nothing() -> None:
    from service.lay_group import said_words

    # the body parts are the items' regions, read as one list: every MRI is asked
    assert said_words("the 33 yo man with the neck, low back and hand MRIs - were all three turned down?",
                      "MRIs") == [frozenset({"mri"})]
    assert said_words("her wrist braces and elbow braces", "braces") == [frozenset({"wrist", "brace"}),
                                                                         frozenset({"elbow", "brace"})]


def _brace(index: int, title: str, regions: tuple[str, ...]):
    from service.types import GuidelineRef, Hit

    return Hit(case_number="CM16-0248471", request=title, decision="Upheld", section="item", text=title, score=1.0 / index,
               pages=(2,), guideline=GuidelineRef(), chunk_id=f"CM16-0248471/item-{index}", span=(0, len(title)),
               item_index=index, title=title, treatments=("brace", "dme"), body_regions=regions)


def test_a_body_part_said_before_the_kind_names_its_request() -> None:
    # tune nat-4892: "back brace, wrist braces and elbow braces": the lumbar support too, whose title has no "brace"
    from service.flows.chosen import _as_named
    from service.understand import understand

    braces = [_brace(2, "Lumbar support", ("lumbar",)), _brace(5, "Wrist braces #2", ("wrist/hand",)),
              _brace(6, "Elbow braces #2", ("elbow",))]
    asked = understand("cm16-248471 tens, back brace, wrist braces and elbow braces??")
    assert [h.title for h in _as_named(asked, ("brace",), braces)] == ["Lumbar support", "Wrist braces #2", "Elbow braces #2"]
    asked = understand("CM16-0248471 the wedge pillow and braces?")
    assert [h.title for h in _as_named(asked, ("brace",), braces)] == ["Wrist braces #2", "Elbow braces #2"]
