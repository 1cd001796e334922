"""What IMR can do for someone told by kin alone ("my husband needs a second opinion, can IMR help?"): no
letter is theirs, so none is answered as if it were (service.no_one). Pure rules, no index."""

from __future__ import annotations

from datetime import date

from service.no_one import IMR_HELP, no_one_named
from service.understand import understand

TODAY = date(2026, 12, 7)


def test_kin_alone_asking_what_imr_can_do_names_no_one():
    assert no_one_named(understand("my husband needs a second opinion, can IMR help?", today=TODAY)) is True
    assert no_one_named(understand("my wife needs a second opinion, could IMR help her?", today=TODAY)) is True
    assert no_one_named(understand("my dad needs help, can IMR help?", today=TODAY)) is True


def test_kin_told_more_or_not_asking_of_imr_is_read_as_usual():
    assert no_one_named(understand("my husband is 53, he needs a second opinion, can IMR help?", today=TODAY)) is False
    assert no_one_named(understand("my husband's lumbar MRI was denied, why?", today=TODAY)) is False
    assert no_one_named(understand("my husband has neck pain from lifting boxes, can IMR help?", today=TODAY)) is False


def test_what_imr_can_do_is_asked_of_imr():
    assert IMR_HELP.search("can IMR help?")
    assert IMR_HELP.search("could independent medical review get him one?")
    assert not IMR_HELP.search("did IMR approve the MRI?")
