"""How long IMR took for a patient told only by their story ("my mom had carpal tunnel surgery ..., then her
pantoprazole got denied. how many days did IMR take on it?"): an operation she had is a story that picks out
one person (service.people.tells_story); the parts told with it are the story's, not the request's
(service.flows.count); of the letters that have the request, the one whose summary prints what the operation
was for is hers (service.patients.printing_story). Over real letters, the real model and real HTTP."""

from __future__ import annotations

import pytest

from service.people import tells_story
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("text", "told"), [
    ("my mom had carpal tunnel surgery and her pantoprazole got denied", True),
    ("she had knee surgery last year - why was the MRI denied?", True),
    ("he had an operation on his back, was PT approved?", True),
    ("was the carpal tunnel surgery approved?", False),
    ("why do they deny surgery?", False),
])
def test_an_operation_had_is_a_story(text, told) -> None:
    assert tells_story(text, understand(text).person) is told


# two women with pantoprazole denied: CM16-0249170 (no age; status post carpal and cubital tunnel release;
# UR denial 12/01/2016, decided 01/27/2017) and CM17-0013716 (54, naproxen, pantoprazole and two creams)
pills = served_client("CM16-0249170", "CM17-0013716")


def test_the_days_of_the_patient_told_by_the_surgery_she_had(pills) -> None:
    answer = ask(pills, "my mom had carpal tunnel surgery and the nerve at her elbow released, then her pantoprazole "
                        "got denied. how many days did IMR take on it?")
    assert answer["answer"].startswith("For the woman described (CM16-0249170): 57 days from utilization review's "
                                       "denial to the IMR decision.")
