"""What the patient is on is no count asked (service.reason_asked): "because he was on too many pain meds?" offers
no reason of the request's quantity, while "because he asked for too many?" does."""

from __future__ import annotations

from service.reason_asked import asked_reasons


def test_too_many_meds_he_is_on_is_no_quantity() -> None:
    assert "exceeds_guideline" not in asked_reasons("they took 2 of his PT visits away, was that because he was on too many pain meds?")
    assert "exceeds_guideline" not in asked_reasons("was it denied because she is taking too many pills?")


def test_too_many_asked_is_the_quantity() -> None:
    assert "exceeds_guideline" in asked_reasons("were his last 2 PT visits denied because he asked for too many?")
    assert "exceeds_guideline" in asked_reasons("was the PT denied because it was too many visits?")


def test_pills_not_tried_first_is_conservative_care_not_tried() -> None:
    assert "conservative_care_not_tried" in asked_reasons("was it because she didnt try the regular pain pills first?")
    assert "conservative_care_not_tried" in asked_reasons("denied because he never tried other medicines?")


def test_no_numbness_told_with_dont_have_is_no_objective_findings() -> None:
    assert "no_objective_findings" in asked_reasons("Did they deny it because I don't have any numbness down my legs?")
    assert "no_objective_findings" in asked_reasons("was it because she doesnt get tingling?")
