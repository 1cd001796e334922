"""A kind of request named in the plural ("her meds", "his scans", "the back procedures") weighs the letter with
several requests of that kind among those the description fits (service.patients.having_several,
service.flows.fitting). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.patients import plural_kind_words
from service.understand import understand
from tests.conftest import ask, served_client


def test_the_words_of_a_kind_in_the_plural() -> None:
    assert plural_kind_words(understand("which of the 53 yo man's scans weren't denied?")) == ["scans"]
    assert plural_kind_words(understand("which of the 54 yo woman's MRIs were approved?")) == ["MRIs"]
    assert plural_kind_words(understand("which of the 40 yo woman's meds weren't denied?")) == ["meds"]
    assert plural_kind_words(understand("which of the 28 yo woman's back procedures weren't denied?")) == ["procedures"]
    # one request's own units, an abbreviation in capitals and a kind in the singular are no plural kind
    assert plural_kind_words(understand("did the 54 yo man get his PT sessions?")) == []
    assert plural_kind_words(understand("was the 37 yo woman's TENS unit denied?")) == []
    assert plural_kind_words(understand("was the 46 yo woman's NCS denied?")) == []
    assert plural_kind_words(understand("was the 54 yo woman's MRI denied?")) == []


# two 40-year-old women: CM17-0013625 (celecoxib and four oral suspensions, all upheld) and CM17-0017734 (tramadol,
# upheld)
women = served_client("CM17-0013625", "CM17-0017734")


def test_meds_in_the_plural_are_the_letter_with_several(women) -> None:
    answer = ask(women, "which of the 40 yo woman's meds weren't denied?")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0013625"}
    assert "fit the 40-year-old woman equally" not in answer["answer"]
    assert "Tramadol" not in answer["answer"]
