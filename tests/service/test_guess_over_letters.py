"""A reason offered of a patient two letters fit ("was the 46 year old's physical therapy denied because they hadn't
tried home exercise?"): the answer opens with the reason's yes or no over the letters, not a "Yes" of the decision
(service.guess_each.opening_of, service.flows.fitting). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two 46-year-olds' PT, both upheld: CM17-0015198 (a man: more visits than the guideline's) and CM17-0018279 (a woman:
# no documented benefit, too many sessions)
client = served_client("CM17-0015198", "CM17-0018279")


def test_a_reason_offered_over_two_letters_is_judged_of_each(client) -> None:
    none = ask(client, "was the 46 year old's physical therapy denied because they hadn't tried home exercise?")["answer"]
    assert none.startswith("No, neither reviewer gave that reason: 2 letters fit the 46-year-old patient equally")
    assert "In CM17-0015198: No, the reviewer did not give that reason for its request." in none
    mixed = ask(client, "was the 46 yo's PT denied because there was no functional improvement?")["answer"]
    assert mixed.startswith("It depends on which letter: 2 letters fit the 46-year-old patient equally")
    assert 'In CM17-0018279: Yes, the reviewer gave that reason for "Physical therapy 2 times a week for 6 weeks low back".' in mixed
