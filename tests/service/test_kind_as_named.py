"""'the wedge pillow and braces' of a letter with a cervical and a wedge pillow, wrist and elbow braces
and a lumbar support asks of the wedge pillow and the two braces: of each kind asked, the requests that
name the words it was asked by, when some do (service.lay_group, service.flows.chosen; found asking
by hand)."""

from __future__ import annotations

from service.lay_group import as_said, said_words

TITLES_PILLOWS = ["Cervical pillow", "Wedge pillow"]
TITLES_BRACES = ["Lumbar support", "Wrist braces #2", "Elbow braces #2"]
QUESTION = "the 37 year old woman's wedge pillow and braces - approved?"


def test_the_word_before_says_which_one() -> None:
    assert said_words(QUESTION, "pillow") == frozenset({"wedge", "pillow"})
    assert as_said(TITLES_PILLOWS, said_words(QUESTION, "pillow")) == [1]


def test_a_plural_kind_is_every_request_named_by_it() -> None:
    assert said_words(QUESTION, "braces") == frozenset({"brace"})
    assert as_said(TITLES_BRACES, said_words(QUESTION, "braces")) == [1, 2]


def test_words_no_request_names_keep_every_one() -> None:
    assert said_words("was her neck pillow approved?", "pillow") == frozenset({"neck", "pillow"})
    assert as_said(TITLES_PILLOWS, said_words("was her neck pillow approved?", "pillow")) == [0, 1]
    assert said_words("were both of her pillows denied?", "pillows") == frozenset({"pillow"})
