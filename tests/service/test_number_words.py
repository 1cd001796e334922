"""service.number_words: ages and counts spelt in words, read in digits."""

from __future__ import annotations

import pytest

from service.number_words import in_digits


@pytest.mark.parametrize(("typed", "read"), [
    ("A fifty-two-year-old woman", "A 52-year-old woman"),
    ("She's thirty-seven, hurts all down her right side", "She's 37, hurts all down her right side"),
    ("my dad is sixty three and tripped", "my dad is 63 and tripped"),
    ("forty-five y/o male", "45 y/o male"),
    ("neck MRI fifty-threeyo man?", "neck MRI 53yo man?"),
    ("the forty yr old lady", "the 40 yr old lady"),
    ("they cut his flexeril from ninety pills to 63", "they cut his flexeril from 90 pills to 63"),
    ("from 30 to twenty-seven pills", "from 30 to 27 pills"),
    # as typed: a number that may be no age or count, and small counts service.quantity reads
    ("the eight PT sessions", "the eight PT sessions"),
    ("the one with lidocaine", "the one with lidocaine"),
    ("she is one of them", "she is one of them"),
    ("carpal tunnel for two years", "carpal tunnel for two years"),
    ("pain at seventy percent", "pain at seventy percent"),
    # a dose and counts said aloud (nat-3563, dictated: answered about his diclofenac)
    ("they gave me sixty three of my ninety muscle relaxers the cyclobenzaprine seven point five what happened "
     "with the other twenty seven", "they gave me 63 of my 90 muscle relaxers the cyclobenzaprine 7.5 what happened "
     "with the other 27"),
    ("UR gave him sixty three of his ninety pills", "UR gave him 63 of his 90 pills"),
    ("at one point five people", "at one point five people"),
    ("one of the two MRIs", "one of the two MRIs"),
    ("the other one", "the other one"),
    ("two of my three visits", "two of my three visits"),
])
def test_ages_and_counts_in_digits(typed, read):
    assert in_digits(typed)[0] == read


def test_what_was_read_as_what():
    assert in_digits("I'm forty-one") == ("I'm 41", [("forty-one", "41")])
