"""The sex of the patient's kin is not the patient's: "the patient whose wife works days"."""

from __future__ import annotations

import pytest

from service.people import read_person


@pytest.mark.parametrize(("text", "sex"), [
    ("home aide hours for the multiple trauma patient whose wife works days?", None),
    ("the guy with broken ribs, his wife works - home aide denied?", "male"),
    ("the 50 year old woman, her husband says her MRI was denied", "female"),
    ("my wife hurt her back at work, was her PT approved", "female"),
    ("my husband fell off a ladder, was his MRI approved", "male"),
])
def test_kin_of_the_patient_tells_no_sex(text: str, sex: str | None) -> None:
    assert read_person(text).sex == sex


@pytest.mark.parametrize(("text", "sex"), [
    ("a gal with the facet injections, why denied?", "female"),
    ("the gals at the plant who got PT", "female"),
    ("my galaxy phone", None),
])
def test_a_gal_is_a_woman(text: str, sex: str | None) -> None:
    assert read_person(text).sex == sex
