"""A yes/no of what IMR usually decides ("are cervical MRIs usually approved?") is a yes only when more than half of
the kind had that decision: 1 approval of 5 is a "No: only 1 of the 5 ...", the rest's decision said, not the "Yes"
that "did anyone get one approved?" gets. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# cervical MRIs: CM16-0246624 (53M) overturned; CM16-0239607, CM16-0245128, CM17-0002106, CM16-0234464 upheld
client = served_client("CM16-0246624", "CM16-0239607", "CM16-0245128", "CM17-0002106", "CM16-0234464")


def test_a_minority_decision_asked_as_the_usual_one_is_a_no(client) -> None:
    answer = ask(client, "are cervical MRIs usually approved?")
    assert answer["lead"] == ("No: only 1 of the 5 cervical MRI requests in the index was approved (overturned); "
                              "4 were denied (upheld).")


def test_the_majority_decision_asked_as_the_usual_one_is_a_yes(client) -> None:
    answer = ask(client, "are cervical MRIs usually denied?")
    assert answer["lead"] == "Yes: 4 of the 5 cervical MRI requests in the index were denied (upheld)."


def test_any_approved_stays_a_yes_of_one(client) -> None:
    answer = ask(client, "were any cervical MRIs approved?")
    assert answer["lead"].startswith("Yes: 1 of the 5 cervical MRI requests in the index was approved (overturned).")
