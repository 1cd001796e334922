"""Outcome words in a question typed telegraphically, without its auxiliary and question mark:
"which mri requests not denied" selects the approved ones as "which MRI requests were not denied?"
does, and "imr approve neck therapy" at a question's end asks what IMR decided."""

from __future__ import annotations

import pytest

from service.outcomes import read_outcomes


@pytest.mark.parametrize(("question", "wanted"), [
    ("which mri requests not denied", "Overturned"),
    ("which ct scans imr not uphold", "Overturned"),
    ("which imaging requests for neck not turned down", "Overturned"),
    ("Which MRI requests were not denied?", "Overturned"),
])
def test_which_not_decided_selects_the_other_outcome(question: str, wanted: str) -> None:
    assert read_outcomes(question).wanted == wanted


@pytest.mark.parametrize("question", ["wife 50 and hurt neck at work. imr approve neck therapy",
                                      "IMR approve acupuncture for neck pain?"])
def test_imr_and_a_verb_at_the_end_asks(question: str) -> None:
    o = read_outcomes(question)
    assert (o.asked, o.premise, o.wanted) == (True, None, None)


def test_a_statement_is_no_question() -> None:
    assert read_outcomes("so imr approved the neck therapy").asked is False
    assert read_outcomes("imr approve neck therapy.").asked is False
