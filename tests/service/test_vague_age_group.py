"""An age group said with no number ("for older workers, why are MRIs denied?": 50 and over; "younger patients":
under 40), and a vague word for whatever was asked ("hand or wrist stuff") that names no treatment."""

from service.groups import Group, read_group
from service.lacking import GENERIC_TREATMENT_WORDS
from service.understand import understand


def test_older_and_younger_people_are_age_bands():
    assert read_group("for older workers, why are MRIs denied?") == Group(words="older workers", age_min=50)
    assert read_group("why do younger women get PT denied?") == Group(words="younger women", sex="female", age_max=39)
    assert read_group("why was the older one's MRI denied?") is None


def test_the_band_filters_a_pattern_across_letters():
    query = understand("for older workers, why are MRIs denied?")
    assert query.group == (("age_min", "50"),)
    assert query.kind == "pattern"


def test_stuff_names_no_treatment():
    assert {"stuff", "things"} <= GENERIC_TREATMENT_WORDS
