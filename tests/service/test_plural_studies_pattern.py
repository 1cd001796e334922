"""Studies named in the plural with "the", of no patient or case, asked why or what they lacked: the reasons across
all of them (a pattern), not one letter's item (service.kinds)."""

from __future__ import annotations

import pytest

from service.understand import understand


@pytest.mark.parametrize("question", ["why were the shoulder MRIs turned down?", "what did the denied shoulder MRIs lack",
                                      "why were the positional MRIs denied?", "why were the neck CT scans denied?"])
def test_the_studies_in_the_plural_asked_why_are_a_pattern(question: str) -> None:
    assert understand(question).kind == "pattern"


@pytest.mark.parametrize("question", ["why were the 33 year old's MRIs denied?", "why were the MRIs denied in CM16-0234464?",
                                      "why was the shoulder MRI turned down?", "why were the lumbar x-rays denied?",
                                      "why were the transforaminal injections at right L4 and L5 denied?"])
def test_one_patients_or_one_named_study_is_no_pattern(question: str) -> None:
    assert understand(question).kind != "pattern"
