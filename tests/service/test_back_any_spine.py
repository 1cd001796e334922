"""A plain "back" is the low back first: when two letters fit the patient described equally and
one decided a lumbar scan, the other a thoracic one, "her back scan" is the lumbar one
(service.lacking.low_back_first); the thoracic one only where no letter that fits has a lumbar one
(service.flows.fitting.spine_wide). Sample letters, the real model,
real HTTP (/api/ask)."""

from __future__ import annotations

import pytest

from service.flows.fitting import spine_wide
from service.lacking import low_back_first
from service.types import GuidelineRef, Hit
from service.understand import understand
from tests.conftest import ask, sample_client

# two 67-year-old women: a lumbar PT and a lumbar CT scan (CM16-0162806, a cook), a left knee MRI
# and a thoracic MRI (CM17-0222234), all denied
client = sample_client("CM16-0162806", "CM17-0222234")


def test_a_back_scan_of_two_alike_patients_is_the_low_back_first(client):
    # a plain "back" is the low back first: the lumbar CT, not the other 67-year-old's thoracic MRI
    answer = ask(client, "my mom is 67, her back scan got denied why?")
    assert [c["case_number"] for c in answer["citations"]][:1] == ["CM16-0162806"]
    assert "CM17-0222234" not in answer["answer"]
    assert 'the request for "CT scan of the lumbar spine" was denied' in answer["answer"]


def test_an_upper_back_scan_is_still_the_thoracic_one(client):
    answer = ask(client, "my mom is 67, her upper back MRI got denied why?")
    assert 'the request for "MRI of the thoracic spine without contrast" was denied' in answer["answer"]


def test_the_low_back_is_still_lumbar_only() -> None:
    assert spine_wide(understand("her back scan")).body_regions == ("lumbar", "thoracic")
    assert spine_wide(understand("her low back scan")).body_regions == ("lumbar",)
    assert spine_wide(understand("her neck and back scans")).body_regions == ("cervical", "lumbar", "thoracic")


def _hit(case: str, regions: tuple[str, ...]) -> Hit:
    return Hit(case_number=case, request="MRI", decision="Upheld", section="item", text="MRI", score=1.0, pages=(2,),
               guideline=GuidelineRef(), chunk_id=f"{case}/item-1", span=(0, 3), item_index=1, title="MRI",
               treatments=("mri", "imaging"), body_regions=regions)


def test_low_back_first_drops_the_upper_back_alone() -> None:
    lumbar, thoracic, both = _hit("A", ("lumbar",)), _hit("B", ("thoracic",)), _hit("C", ("cervical", "thoracic"))
    assert low_back_first(understand("her back MRI"), [thoracic, lumbar, both]) == [lumbar, both]
    assert low_back_first(understand("her back MRI"), [thoracic]) == [thoracic]
    assert low_back_first(understand("her upper back MRI"), [thoracic, lumbar]) == [thoracic, lumbar]
    assert low_back_first(understand("her neck MRI"), [thoracic, lumbar]) == [thoracic, lumbar]
