"""How reviewers decide a kind of request, asked of "reviewers" in the plural ("how do reviewers decide on Norco
refills?", "how do reviewers rule on lumbar MRIs?", "what are reviewers saying about physical therapy?", "what do
reviewers usually say about lidocaine patches?"): the reasons that recur across letters, with counts, of both
outcomes (service.kinds.REVIEWERS_DECIDE; service.plan), not one item. One reviewer's decision ("how did the
reviewer decide her MRI?") stays one item, and "what do reviewers say about X?" stays the list of each item with its
reason. Real letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

from datetime import date

import pytest

from service.plan import make_plan
from service.understand import understand
from tests.conftest import ask, served_client

# CM16-0242419: acupuncture approved (and a lumbar MRI denied); CM17-0007857: acupuncture (the remaining 2 sessions)
# denied
client = served_client("CM16-0242419", "CM17-0007857")


@pytest.mark.parametrize("question", [
    "how do reviewers decide on Norco refills?",
    "how do reviewers rule on lumbar MRIs?",
    "how do reviewers approach TENS units?",
    "what are reviewers saying about physical therapy?",
    "what do reviewers usually say about lidocaine patches?",
    "what do reviewers tend to say about epidurals?",
    "how do reviewers usually handle acupuncture?",
])
def test_asked_of_reviewers_in_general_is_a_pattern_of_both_outcomes(question: str) -> None:
    query = understand(question, date(2026, 12, 1))
    assert query.kind == "pattern"
    assert make_plan(query, {}, set()).approval_minded


@pytest.mark.parametrize("question, kind", [
    ("how did the reviewer decide her MRI?", "item"),
    ("what do reviewers say about acupuncture requests?", "list"),
])
def test_one_reviewer_or_what_they_say_is_as_before(question: str, kind: str) -> None:
    assert understand(question, date(2026, 12, 1)).kind == kind


def test_the_reasons_of_both_outcomes_with_counts(client):
    answer = ask(client, "how do reviewers decide acupuncture requests?")
    assert answer["kind"] == "pattern"
    assert answer["answer"].startswith("Of 2 acupuncture requests in the index, 1 was denied (upheld) and 1 approved "
                                       "(overturned). What the 1 approved one had: Functional improvement documented: 1 of "
                                       "1 approval. ")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0242419", "CM17-0007857"}
