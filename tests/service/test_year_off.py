"""The letter of the age told lacks the treatment; the one letter a year off with it at the part and counts told is
named as the likely one after the case-lacks answer (service.loose_fit.year_off_sentence). Pure: the index's rows
stubbed."""

from __future__ import annotations

import pytest

from service import loose_fit
from service.understand import understand

HOLDERS = [("CM16-0231706", 43, "female"), ("CM16-0247660", 27, "female"), ("CM17-0015198", 46, "male")]
ITEMS = {
    "CM16-0231706": [(1, "Chiropractic physiotherapy treatment 6 visits", "Upheld", ("chiropractic",), ("cervical",))],
    "CM16-0247660": [(1, "Additional chiropractic three times a week for two weeks for the lumbar spine", "Upheld",
                      ("chiropractic",), ("lumbar",))],
    "CM17-0015198": [(2, "Chiro with modalities 2 times a week for 6 weeks for neck, back", "Upheld", ("chiropractic",),
                      ("cervical", "lumbar"))],
}


@pytest.fixture
def stubbed(monkeypatch):
    monkeypatch.setattr(loose_fit, "holders", lambda engine, query: HOLDERS)
    monkeypatch.setattr(loose_fit, "case_items", lambda engine, case: ITEMS[case])


def test_the_year_off_letter_with_it_is_named(stubbed):
    query = understand("I'm 28, female, low back strain, had chiro already, they want 6 more chiro visits, 3 a week "
                       "for 2 weeks - was it denied?")
    assert loose_fit.year_off_sentence(None, query) == (
        ' The closest match is case CM16-0247660, a 27-year-old woman\'s: "Additional chiropractic three times a week for '
        'two weeks for the lumbar spine", denied (upheld); it does not fit the age told exactly.')


def test_none_at_another_part_age_or_count(stubbed):
    for question in ("the 28 yo woman - was her neck chiropractic denied?",
                     "the 30 yo woman - was her low back chiropractic denied?",
                     "the 28 yo man - was his low back chiropractic denied?",
                     "I'm 28, female, they want 12 chiro visits for my low back, 2 a week for 6 weeks - denied?"):
        assert loose_fit.year_off_sentence(None, understand(question)) == "", question
