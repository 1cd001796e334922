"""The other words of a kind no letter has, named in one question ("a walker or a wheelchair"): the not-found message
names each of them (service.gather.with_kind_words), not the first word alone."""

from __future__ import annotations

from service.gather import with_kind_words
from service.understand import understand


def test_each_word_of_the_one_kind_asked_is_named() -> None:
    query = understand("was there a request for a walker or a wheelchair for anybody?")
    assert with_kind_words(query, "walker") == "walker or wheelchair"
    assert with_kind_words(understand("did anybody get a cane, crutches or a scooter?"), "cane") == (
        "cane or crutches or scooter")


def test_one_word_or_none_stays_as_it_is() -> None:
    assert with_kind_words(understand("did anyone get a walker?"), "walker") == "walker"
    assert with_kind_words(understand("did anyone get a walker?"), "") == ""
