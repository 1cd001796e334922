"""A yes/no of either or any of the things named asks the outcome its own clause asks, not the denial
told before it: "my mom had a shoulder MRI and a neck MRI denied - was either approved later?" opens "No:"
when IMR upheld both, and "Yes:" with the approved one first when IMR overturned one (service.flows.item)."""

from __future__ import annotations

from service.flows.group_yes_no import yes_or_no
from service.flows.item import asked_of_all


def test_the_outcome_asked_is_the_yes_no_clauses() -> None:
    text = "my mom (54) had a shoulder MRI and a neck MRI denied - was either approved later?"
    assert asked_of_all(text) == "Overturned"
    assert yes_or_no(["Upheld", "Upheld"], asked_of_all(text), text, False) == "No"
    assert yes_or_no(["Upheld", "Overturned"], asked_of_all(text), text, False) == "Yes"


def test_one_outcome_asked_stays_as_before() -> None:
    assert asked_of_all("were both of her MRIs denied?") == "Upheld"
    assert asked_of_all("did IMR approve any of them?") == "Overturned"
