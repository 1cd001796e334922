"""After an answer about a patient described that several letters fit ("the 33 yo man": two letters,
each answered), a follow-up leaning on the patient ("how many of his requests were denied?", "what was
denied?") carries the description, so it is of each fitting letter again; it was of the first letter's
first item ("1 upheld head CT scan item in CM16-0247624 is in the index"). Real letters, the real
model, real HTTP."""

from __future__ import annotations

import pytest

from service.conversation import Earlier, Fact, resolve
from tests.conftest import ask, served_client

_CT = Fact(case_number="CM16-0247624", item_index=1, title="CT scan of head", decision="Upheld")
_MRI = Fact(case_number="CM16-0234464", item_index=1, title="Single positional MRI of the cervical spine",
            decision="Upheld")


@pytest.mark.parametrize(("before", "follow_up", "asked_as"), [
    ("the 33 yo man", "how many of his requests were denied?", "the 33 yo man - how many of his requests were denied?"),
    ("the 33 year old man with the hand injury - anything approved?", "what was denied?",
     "the 33 year old man with the hand injury - what was denied?"),
    ("tell me about the 33 yo guy", "was his CT approved?", "the 33 yo guy - was his CT approved?"),
])
def test_the_description_is_carried(before: str, follow_up: str, asked_as: str) -> None:
    got = resolve(follow_up, [Earlier(question=before, kind="item", items=(_CT, _MRI))])
    assert got.question == asked_as
    assert got.carried == (f"patient: {asked_as.split(' - ')[0]}, from the previous question (several letters fit)",)


@pytest.mark.parametrize(("before", "items", "follow_up"), [
    ("the 33 yo man", (_CT,), "how many of his requests were denied?"),  # one letter: its own follow-ups
    ("the 33 yo man", (_CT, _MRI), "the 54 yo woman - what was denied?"),  # someone new
    ("the 33 yo man", (_CT, _MRI), "how many MRIs were denied?"),  # no one leaned on
])
def test_no_description_carried(before: str, items: tuple, follow_up: str) -> None:
    got = resolve(follow_up, [Earlier(question=before, kind="item", items=items)])
    assert not any(c.startswith("patient:") for c in got.carried)
    assert " - " not in got.question or got.question == follow_up


# two 33-year-old men: CM16-0247624 (head CT upheld, one item overturned), CM16-0234464 (6 requests upheld)
client = served_client("CM16-0247624", "CM16-0234464", "CM16-0230548")


def test_the_follow_up_counts_each_fitting_letter(client) -> None:
    first = ask(client, "the 33 yo man", conversation_id="fit-1")
    assert first["lead"].startswith("2 letters fit the 33-year-old man equally.")
    answer = ask(client, "how many of his requests were denied?", conversation_id="fit-1")
    assert answer["understood"]["asked_as"] == "the 33 yo man - how many of his requests were denied?"
    assert answer["answer"].startswith("2 letters fit the 33-year-old man equally, so each is counted on its own. The "
                                       "33-year-old man (CM16-0234464) had 6 requests; all 6 were upheld (denied). The "
                                       "33-year-old man (CM16-0247624) had 2 requests; 1 was upheld (denied) and 1 "
                                       "overturned (approved).")
