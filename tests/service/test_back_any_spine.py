"""A plain "back" may be any part of the spine below the neck: when two letters fit the patient
described equally and one decided a lumbar scan, the other a thoracic one, "her back scan" is
either, and both are named (service.flows.fitting.spine_wide). Sample letters, the real model,
real HTTP (/api/ask)."""

from __future__ import annotations

import pytest

from service.flows.fitting import spine_wide
from service.understand import understand
from tests.conftest import ask, sample_client

# two 67-year-old women: a lumbar PT and a lumbar CT scan (CM16-0162806, a cook), a left knee MRI
# and a thoracic MRI (CM17-0222234), all denied
client = sample_client("CM16-0162806", "CM17-0222234")


def test_a_back_scan_of_two_alike_patients_names_both(client):
    answer = ask(client, "my mom is 67, her back scan got denied why?")
    # (in the order the letters rank: the lumbar CT's first since the fourth 2026-12-06 session's merges)
    assert answer["lead"] == ("2 letters fit the 67-year-old woman equally and each has a request for lumbar or "
                              "thoracic imaging. In CM16-0162806, the one request for lumbar or thoracic imaging was "
                              "denied (upheld). In CM17-0222234, the one request for lumbar or thoracic imaging was "
                              "denied (upheld).")
    assert 'CM17-0222234: "MRI of the thoracic spine without contrast", upheld (denied) [' in answer["answer"]
    assert 'CM16-0162806: "CT scan of the lumbar spine", upheld (denied) [' in answer["answer"]


def test_the_low_back_is_still_lumbar_only() -> None:
    assert spine_wide(understand("her back scan")).body_regions == ("lumbar", "thoracic")
    assert spine_wide(understand("her low back scan")).body_regions == ("lumbar",)
    assert spine_wide(understand("her neck and back scans")).body_regions == ("cervical", "lumbar", "thoracic")
