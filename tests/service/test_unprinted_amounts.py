"""An amount in a question (a compound's "120grams", copied from its title by a follow-up) is no thing the
letter lacks (service.lacking._unprinted_in): only words for things are looked for in the letter's text."""

from __future__ import annotations

from types import SimpleNamespace

from service.lacking import _unprinted_in


def _engine_printing_nothing():
    catalog = SimpleNamespace(query=lambda sql, params=(): [])
    return SimpleNamespace(store=SimpleNamespace(catalog=catalog))


def test_an_amount_is_not_a_thing_the_letter_lacks():
    asking = "was the flurbiprofen 10%/dextromethorphan 5%/lidocaine 5%, 120grams #1 decided for the same reason"
    got = _unprinted_in(_engine_printing_nothing(), "CM17-0013716", {"120grams", "flurbiprofen", "500mg"}, asking)
    assert got == ["flurbiprofen"]


def test_a_word_for_a_thing_is_still_looked_for():
    got = _unprinted_in(_engine_printing_nothing(), "CM17-0006797", {"pump", "pain"}, "was the post-op pt and the pain pump denied")
    assert got == ["pain", "pump"]
