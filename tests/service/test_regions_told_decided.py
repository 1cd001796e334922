"""service.described_with.regions_told_decided: the body part of a request told as decided, when the same
treatment is asked again at another part."""

from service.described_with import regions_told_decided
from service.understand import understand


def test_told_mri_part_is_story():
    text = "they denied my wife's shoulder MRI, she's 62, and now she wants a lumbar MRI - was that approved?"
    assert regions_told_decided(text, ("MRI",), len(text)) == ["wife's shoulder"]


def test_asked_part_after_the_treatment():
    text = "they turned down my husband's elbow MRI, he's 48, and now he wants an MRI of his knee - was that approved?"
    assert regions_told_decided(text, ("MRI",), len(text)) == ["husband's elbow"]


def test_joined_or_named_once_keeps_both():
    assert regions_told_decided("they denied her shoulder MRI and the lumbar MRI too?", ("MRI",), 50) == []
    assert regions_told_decided("they denied her shoulder MRI, why was the MRI denied?", ("MRI",), 50) == []


def test_understood_region_is_the_asked_one():
    query = understand("they denied my mom's hip MRI, she's 61, and now she wants a shoulder MRI - was that approved?")
    assert query.body_regions == ("shoulder",)
