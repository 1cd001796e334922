"""A patient told by a sex alone, a pronoun ("why was her PT 2 times a week for 6 weeks denied?"): the hits of
the letters of that sex come first when the best is the other sex's and theirs has a request of the kind asked
(service.told_sex). Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import ask, served_client

# a 46-year-old man's PT 2 times a week for 6 weeks for both shoulders, elbows and wrists (CM17-0015198) and a
# 46-year-old woman's PT 2 times a week for 6 weeks for the low back (CM17-0018279), both upheld
client = served_client("CM17-0015198", "CM17-0018279")


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("why was her PT 2 times a week for 6 weeks denied?", "CM17-0018279"),
        ("why was his PT 2 times a week for 6 weeks denied?", "CM17-0015198"),
    ],
)
def test_the_pronoun_picks_the_letter_of_its_sex(client, text: str, case: str) -> None:
    answer = ask(client, text)
    assert {c["case_number"] for c in answer["citations"]} == {case}
