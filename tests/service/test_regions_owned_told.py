"""service.described_with.regions_owned_told: the body part of the patient's own request, told in the opening that
says who they are, when the question after it names another body part."""

from service.described_with import regions_owned_told
from service.understand import understand


def test_the_opening_requests_part_tells_who_she_is():
    assert regions_owned_told("the 61 yo woman's hip MRI - did they approve the shoulder one?") == ["hip"]
    assert regions_owned_told("the 62 year old woman's shoulder MRI: was her lumbar MRI approved?") == ["shoulder"]


def test_a_rest_naming_no_part_or_asking_both_keeps_the_told_one():
    assert regions_owned_told("the 61 yo woman's hip MRI - was it approved?") == []
    assert regions_owned_told("the 61 yo woman's hip MRI - and her knee one too?") == []
    assert regions_owned_told("the 61 yo woman's hip MRI - did the hip one go through?") == []


def test_understood_region_is_the_asked_one():
    query = understand("the 61 yo woman's hip MRI - did they approve the shoulder one?")
    assert query.body_regions == ("shoulder",)
    assert query.age == 61 and query.sex == "female"
