"""The reasons a question after any letter names ("is there any letter where the reviewer said the request was
incomplete?", "are there letters where the reviewer said the patient had red flags?"), and what items had not ("which
PT requests had no functional improvement?"): read as reason codes of a list across letters (service.reason_listed,
service.kinds)."""

from __future__ import annotations

import pytest

from service.reason_listed import listed_reasons
from service.understand import understand


@pytest.mark.parametrize(("question", "codes"), [
    ("is there any letter where the reviewer said the request was incomplete?", {"incomplete_request"}),
    ("any letters where the request was incomplete?", {"incomplete_request"}),
    ("are there letters where the reviewer said the patient had red flags?", {"objective_findings_documented"}),
    ("which PT requests had no functional improvement?", {"no_functional_improvement"}),
    ("which items had no red flags?", {"no_objective_findings"}),
    ("which approved items had a neuro deficit documented?", {"objective_findings_documented"}),
    ("is there any letter about a TENS unit?", set()),
])
def test_the_reasons_listed(question: str, codes: set[str]) -> None:
    assert listed_reasons(question) == codes


@pytest.mark.parametrize(("question", "kind"), [
    ("is there any letter where the reviewer said the request was incomplete?", "list"),
    ("is there a case where the request was incomplete?", "list"),
    ("are there cases where the patient had no improvement from PT?", "list"),
])
def test_a_reason_after_any_letter_is_a_list(question: str, kind: str) -> None:
    assert understand(question).kind == kind
