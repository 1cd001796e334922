"""A study whose result the question tells ("if the MRI shows a herniation", "the EMG came back normal") beside
another treatment is a finding about the patient: neither asked of nor a request that tells the patient
(service.story.results_told, service.understand)."""

from __future__ import annotations

import pytest

from service.understand import understand


@pytest.mark.parametrize(("question", "asked"), [
    ("do reviewers approve epidurals if the MRI shows a herniation?", ("esi", "spinal_injection", "injection")),
    ("the EMG came back normal - why was the MRI denied for the 46 yo woman?", ("mri", "imaging")),
    ("were the epidurals denied even though the MRI showed a herniated disc?", ("esi", "spinal_injection", "injection")),
])
def test_the_study_whose_result_is_told_is_not_asked(question: str, asked: tuple[str, ...]) -> None:
    query = understand(question)
    assert query.treatments == asked
    assert query.story_treatments == ()


def test_a_study_asked_alone_stays_asked() -> None:
    assert understand("the MRI showed a tear - was it approved?").treatments == ("mri", "imaging")
    assert understand("was the MRI approved?").treatments == ("mri", "imaging")
