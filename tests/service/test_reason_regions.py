"""The body part of a reason offered is the reason's, not the request's (service.reason_regions)."""

from __future__ import annotations

from datetime import date

from service.reason_regions import without_reason_regions
from service.understand import understand

ASKED = ("I'm 28 and hurt my lower back, the chiropractor was helping some, but they denied my MRI. "
         "Did they deny it because I don't have any numbness down my legs?")


def test_the_reason_clause_is_blanked_when_the_rest_tells_the_body_part_and_the_request() -> None:
    out = without_reason_regions(ASKED)
    assert len(out) == len(ASKED)
    assert "legs" not in out and "lower back" in out and "MRI" in out


def test_a_reason_clause_is_kept_when_the_rest_names_no_body_part() -> None:
    text = "was her MRI denied because there were no findings in her neck?"
    assert without_reason_regions(text) == text


def test_the_mri_asked_is_of_the_lower_back() -> None:
    q = understand(ASKED, date(2026, 12, 1))
    assert q.body_regions == ("lumbar",)
    assert q.treatments[0] == "mri"
