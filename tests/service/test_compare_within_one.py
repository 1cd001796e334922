""""Compare" within one patient or one case (service.understand): "for the 53 year old man, compare
the lumbar MRI and the neck CT" sets his items side by side; it is no comparison over the
collection. Two people described, or groups, still are."""

from __future__ import annotations

from service.people import ages_told
from service.understand import understand


def test_compare_two_items_of_one_patient_or_case_asks_about_them() -> None:
    one = understand("For the 53 year old man with no mechanism of injury given, compare the lumbar MRI and the neck CT")
    assert (one.kind, one.aggregate) == ("item", False)
    case = understand("in CM17-0011703 compare the lumbar MRI and the neck CT")
    assert (case.kind, case.aggregate) == ("item", False)


def test_compare_two_people_or_groups_is_still_a_comparison() -> None:
    assert understand("Compare the 37 year old woman's neck MRI with the 53 year old man's neck MRI").kind == "count"
    assert understand("compare MRI approvals for men and women").kind == "count"
    assert ages_told("the 37 year old woman's MRI with the 34 year old man's") == 2
