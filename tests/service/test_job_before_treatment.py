"""A job typed right before the patient's treatment, without the possessive, is who the patient is
(service.people._JOB_BEFORE); the treatment stays asked."""

from __future__ import annotations

import pytest

from service.people import job_words, mask_occupations, read_person
from service.understand import understand


@pytest.mark.parametrize(("question", "jobs"), [
    ("the farm worker EMG - what did IMR decide", ("farm worker",)),
    ("cook PT denied why", ("cook",)),
    ("the custodian elbow xrays denied why", ("custodian",)),
    ("the home health aide work hardening - did IMR overturn it", ("home health aide",)),
    # no treatment follows: the home health aide is what was asked for
    ("was the home health aide approved?", ()),
    ("the home health aide hours - were they denied?", ()),
    # the injured worker is any patient, no job: "how often does IMR side with the injured worker on
    # PT?" counted the PT of the one letter whose summary says "worker" ("The patient described
    # (CM17-0001749) had 0 requests for physical therapy.")
    ("how often does IMR side with the injured worker on PT?", ()),
    ("the injured worker got PT approved?", ()),
    ("did the injured employee get the MRI?", ()),
])
def test_a_job_before_a_treatment(question, jobs):
    assert job_words(read_person(question)) == jobs


def test_the_job_is_blanked_and_the_treatment_stays():
    masked, found = mask_occupations("the home health aide work hardening - did IMR overturn it")
    assert found == ["the home health aide"]
    assert masked.strip().startswith("work hardening")
    assert understand("the farm worker EMG - what did IMR decide").treatments == ("emg", "nerve_study")
    assert understand("the home health aide work hardening - did IMR overturn it").treatments == ("work_hardening",)
