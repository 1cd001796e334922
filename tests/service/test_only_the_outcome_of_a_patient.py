""""List only the denied stuff" of one patient or case asks of every request of their letter, the
outcome selecting among them (service.flows.chosen.EVERY_ITEM): "for the 60 yo who hit his head,
list only the denied stuff" answered his acupuncture ("IMR approved it; it was not denied."), the item
of the head his story names, while his MRI was denied. Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.flows.chosen import EVERY_ITEM
from tests.conftest import ask, served_client


def test_the_outcome_s_ones_or_stuff_are_the_patient_s_requests() -> None:
    assert EVERY_ITEM.search("for the 60 yo who hit his head, list only the denied stuff")
    assert EVERY_ITEM.search("CM17-0010885 - list only the denied ones")
    assert not EVERY_ITEM.search("was the denied MRI redone?")


# a 60-year-old man: neck and hand MRI upheld, acupuncture overturned; a 50-year-old woman: initial
# acupuncture and additional neck PT, both overturned
client = served_client("CM16-0230548", "CM17-0010885")


def test_only_the_denied_of_the_patient(client) -> None:
    answer = ask(client, "for the 60 yo who hit his head, list only the denied stuff")
    assert answer["answer"].startswith("In CM16-0230548, 1 of the 2 requests was denied (upheld). Denied (Upheld)")
    assert answer["citations"][1]["request"] == "MRI of neck and right hand without contrast"


def test_none_with_the_outcome_is_said_with_what_they_had(client) -> None:
    answer = ask(client, "CM17-0010885 - list only the denied ones")
    assert answer["answer"].startswith('IMR approved them: "Initial acupuncture, 1 to 2 times per week for 4 weeks, for the '
                                       'neck" [1] and "Additional physical therapy, 1 to 2 times per week for 3 weeks, for the '
                                       'neck" [2] were approved (overturned: authorised). Approved (Overturned):')
    assert "both requests were approved" not in answer["answer"]  # (the no named each: not said again as a count)
