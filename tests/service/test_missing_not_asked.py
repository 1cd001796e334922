"""What a question says was missing ("upheld for lack of MRI/EMG corroboration?") is the reason asked
about, not the treatment asked about (service.story.was_on)."""

from __future__ import annotations

from datetime import date

import pytest

from service.understand import understand

TODAY = date(2017, 6, 1)


@pytest.mark.parametrize(("question", "treatments", "words"), [
    ("CM17-0005418 - R L5 TFESI non-certed. Did IMR uphold for lack of MRI/EMG corroboration of radiculopathy?",
     ("esi", "spinal_injection", "injection"), ("TFESI",)),
    ("Was the lumbar epidural denied in the absence of an EMG?", ("esi", "spinal_injection", "injection"), ("epidural",)),
])
def test_what_was_missing_is_not_the_treatment_asked(question: str, treatments: tuple[str, ...],
                                                      words: tuple[str, ...]) -> None:
    q = understand(question, today=TODAY)
    assert (q.treatments, q.treatment_words) == (treatments, words)


def test_a_missing_thing_alone_stays_asked() -> None:
    # nothing else is named: what was missing is all the question names
    q = understand("Why do reviewers deny requests for lack of an MRI?", today=TODAY)
    assert q.treatments == ("mri", "imaging")
