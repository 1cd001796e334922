"""Words a question writes in two that the letters write as one ("birth dates": "birthdate") meet the
case summaries' word in the patient match (service.patients.with_compounds)."""

from __future__ import annotations

from service.patients import with_compounds


class _Index:
    """The index terms the letters use, as Engine.known_term reads them."""

    def known_term(self, term: str) -> bool:
        return term in {"birthdate", "forklift", "headache", "into"}


def test_words_written_apart_that_the_letters_write_as_one() -> None:
    index = _Index()
    assert with_compounds(index, "the lady whose records list two different birth dates") == (
        "the lady whose records list two different birth dates birthdates")
    assert with_compounds(index, "the fork lift driver with head aches") == (
        "the fork lift driver with head aches forklift headaches")
    # words of two letters are not joined; a joined word no letter uses is not added
    assert with_compounds(index, "pain going in to my legs") == "pain going in to my legs"
    assert with_compounds(index, "the low back pain") == "the low back pain"

