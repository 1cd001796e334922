"""A refusal told with a contraction is UR's, as told with "would not": "they wont approve more" (typed without
its apostrophe, "won't") is what utilization review did, so the reason offered after it ("was it because the
first ones didnt help her") is asked of the denial, not of an approval IMR never gave."""

from __future__ import annotations

from service.apostrophes import with_apostrophes
from service.outcomes import read_outcomes


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(o.words, o.decision, o.role) for o in read_outcomes(text).found]


def test_wont_takes_its_apostrophe() -> None:
    assert with_apostrophes("they wont approve more")[0] == "they won't approve more"


def test_a_refusal_with_nt_is_urs() -> None:
    assert _found("she already had 6 chiro visits and they won't approve more. was it because the first ones "
                  "didn't help her") == [("n't approve", "Upheld", "ur")]
    assert _found("they wouldn't approve the MRI. did IMR agree?")[0] == ("n't approve", "Upheld", "ur")
    assert _found("they would not approve more PT. was it because the first visits didn't help?") == [
        ("not approve", "Upheld", "ur")]


def test_a_refusal_asked_of_stays_a_question_of_imrs_decision() -> None:
    # ("they wouldn't approve the protonix?", "they didn't turn down his acupuncture, did they?": no statement told)
    assert _found("they wouldn't approve the protonix?") == [("n't approve", "Upheld", "premise")]
    assert [r for _w, _d, r in _found("they didn't turn down his acupuncture, did they?")] == ["premise"]
