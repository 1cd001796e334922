""""What was approved and what wasn't?" asks both outcomes, the second by its negation alone
(service.outcomes._ELLIPSIS), of every request of the patient's letter (service.flows.chosen.EVERY_ITEM):
"the 60 yo man - what was approved and what wasnt" answered his MRI alone ("Denied (Upheld): ..."),
never saying the acupuncture was approved. Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.flows.chosen import EVERY_ITEM
from service.outcomes import read_outcomes
from tests.conftest import ask, served_client


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(o.words, o.decision, o.role) for o in read_outcomes(text).found]


def test_the_negation_alone_asks_the_other_outcome() -> None:
    assert _found("the 60 yo man - what was approved and what wasn't") == [
        ("approved", "Overturned", "asked"), ("wasn't", "Upheld", "asked")]
    assert _found("which of her requests got denied and which didn't?") == [
        ("denied", "Upheld", "asked"), ("didn't", "Overturned", "asked")]
    # ... not a negation that is a clause of its own
    assert [w for w, _d, _r in _found("what was approved and what wasn't clear to the reviewer?")] == ["approved"]
    assert EVERY_ITEM.search("the 60 yo man - what was approved and what wasn't")
    assert EVERY_ITEM.search("what got approved, and what didn't, for the 43 yo woman?")
    assert not EVERY_ITEM.search("the MRI was approved and what wasn't clear?")


# a 60-year-old man: neck and hand MRI upheld, acupuncture overturned
client = served_client("CM16-0230548")


def test_what_was_approved_and_what_wasn_t_answers_every_request(client) -> None:
    answer = ask(client, "the 60 yo man - what was approved and what wasnt")
    cited = list(dict.fromkeys(c["request"] for c in answer["citations"] if c["item_index"]))
    assert sorted(cited) == ["Acupuncture 3 times a week for 2 weeks, neck, right hand and head",
                             "MRI of neck and right hand without contrast"]
