""""Upheld" taken for an approval is corrected first (service.outcomes.UPHELD_AS_APPROVAL): "... IMR upheld
that - which means it's approved now, right?" (tune nat-3295) and "IMR upheld the home aide, so the whole
12 hours a day got approved?" (tune nat-3202) got the decision with no yes or no. Over real letters, the
real model and real HTTP."""

from __future__ import annotations

from service.outcomes import read_outcomes
from tests.conftest import ask, served_client


def test_upheld_read_as_an_approval_is_the_approval_claimed() -> None:
    outcomes = read_outcomes("her doctor wanted an MRI, UR said no, and IMR upheld that - which means it's approved now, right?")
    assert [(o.words, o.decision, o.role) for o in outcomes.found] == [
        ("said no", "Upheld", "ur"), ("upheld", "Overturned", "premise"), ("approved", "Overturned", "premise")]
    # ... not "upheld" read right: the denial upheld, or nothing approved
    assert read_outcomes("IMR upheld the denial, so was anything approved?").found[0].decision == "Upheld"
    assert read_outcomes("it was upheld, so nothing was approved?").found[0].decision == "Upheld"
    assert read_outcomes("the PT was upheld which means it was not approved right?").found[0].decision == "Upheld"


# CM16-0246635: a 28-year-old woman on light duty, lumbar MRI (upheld); CM16-0249735: a 43-year-old man,
# the remaining 6 of 12 hours a day of home aide (upheld)
client = served_client("CM16-0246635", "CM16-0249735")


def test_upheld_taken_for_an_approval_is_answered_no(client) -> None:
    answer = ask(client, "my roommate is 28, back pain 10 out of 10 but nothing going down her legs, she's on light duty. "
                         "her doctor wanted an MRI, UR said no, and IMR upheld that - which means it's approved now, right?")
    assert answer["answer"].startswith('No: the denial of "MRI of the Lumbar spine without contrast" was upheld; '
                                       "it was not authorised [1].")
    answer = ask(client, "my husband is 43, he needs somebody home while i'm at work. IMR upheld the home aide, so the "
                         "whole 12 hours a day got approved?")
    assert answer["answer"].startswith('No: the denial of "Home aide 6 hours per day, 5 times a week for 4 weeks to assist '
                                       'with mobility, transfer…" was upheld; it was not authorised [1].')
