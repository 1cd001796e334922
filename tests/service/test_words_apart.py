"""service.lay_group.words_apart: one kind named by two words joined in one phrase."""

from service.lay_group import words_apart


def test_two_braces_by_two_words():
    text = "my sister is 37, she asked for lumbar support and wrist braces, what happened?"
    assert words_apart(text, ("brace",), ("lumbar support",)) == ("braces",)


def test_one_word_names_nothing_apart():
    assert words_apart("why were the wrist braces denied?", ("brace",), ("braces",)) == ()


def test_told_apart_in_another_sentence():
    assert words_apart("the lumbar support. what about braces?", ("brace",), ("lumbar support",)) == ()
