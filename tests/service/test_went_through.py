""""Went through" as an outcome word (service.outcomes): "the TFESI went through at IMR" presumes an
approval, "did her MRI go through?" asks for one; going through the records or through PT is no
outcome."""

from __future__ import annotations

import pytest

from service.outcomes import read_outcomes


@pytest.mark.parametrize(("text", "found"), [
    ("Defense counsel: the right L4 TFESI went through at IMR for the 57 year old - on what basis?",
     [("went through", "Overturned", "premise")]),
    ("did her MRI go through?", [("go through", "Overturned", "asked")]),
    ("did the surgery get through IMR?", [("get through", "Overturned", "asked")]),
    ("the reviewer went through the records", []),
    ("he will go through PT first", []),
])
def test_went_through_is_an_approval_only_when_nothing_is_gone_through(text: str, found: list) -> None:
    assert [(o.words, o.decision, o.role) for o in read_outcomes(text).found] == found
