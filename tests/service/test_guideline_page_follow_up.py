"""A guideline's page asked after one item's answer ("what page was the guideline on?"): the guideline fact,
with the page the rationale cites, or said plainly that the letter gives none. Pure rules, no index."""

from __future__ import annotations

from service.compose.facts import asked_facts, guideline_page_asked


def test_the_page_of_the_guideline_asked_after_an_item():
    assert asked_facts("what page was the guideline on? [the EMG of the left upper extremity in case CM17-0009887]") == (
        "guideline",)
    assert asked_facts("what page is that MTUS rule on?") == ("guideline",)
    assert asked_facts("which page was the ODG citation from?") == ("guideline",)


def test_the_letters_own_pages_are_not_the_guidelines():
    assert asked_facts("what page is the pantoprazole on?") == ("letter_pages",)
    assert asked_facts("which pages were denied?") == ()
    assert guideline_page_asked("what page was the guideline on?") is True
    assert guideline_page_asked("which guideline did the reviewer cite?") is False
    assert guideline_page_asked("how many pages is the letter?") is False
