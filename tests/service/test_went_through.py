""""Went through" as an outcome word (service.outcomes): "the TFESI went through at IMR" presumes an
approval, "did her MRI go through?" asks for one; going through the records or through PT is no
outcome."""

from __future__ import annotations

import pytest

from service.outcomes import read_outcomes
from tests.conftest import ask, sample_client


@pytest.mark.parametrize(("text", "found"), [
    ("Defense counsel: the right L4 TFESI went through at IMR for the 57 year old - on what basis?",
     [("went through", "Overturned", "premise")]),
    ("did her MRI go through?", [("go through", "Overturned", "asked")]),
    ("did the surgery get through IMR?", [("get through", "Overturned", "asked")]),
    ("did the MRI go through for the 70 yo man?", [("go through", "Overturned", "asked")]),
    ("the pool therapy went through for her - why?", [("went through", "Overturned", "premise")]),
    ("the reviewer went through the records", []),
    ("he will go through PT first", []),
])
def test_went_through_is_an_approval_only_when_nothing_is_gone_through(text: str, found: list) -> None:
    assert [(o.words, o.decision, o.role) for o in read_outcomes(text).found] == found


# corpus/sample: two 41-year-old women, one with 8 requests (2 overturned: knee radiographs and an
# epidural), one with 4 (all upheld)
client = sample_client("CM17-0222221", "CM16-0162887")


def test_what_went_through_for_her_is_each_of_her_requests(client) -> None:
    answer = ask(client, "my wife is 41. what went through for her?")
    assert answer["answer"].startswith(
        "2 letters fit the 41-year-old woman equally. In CM17-0222221, 2 of the 8 requests were approved (overturned). "
        "In CM16-0162887, none of the 4 requests was approved (overturned).")
