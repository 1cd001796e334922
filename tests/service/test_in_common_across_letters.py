"""What the requests of an outcome share, asked across letters in words of how often (round 78): "which requests tend
to get overturned, and what do those letters have in common?" is a pattern over every request (no treatment named:
"tend" and "common" are no thing asked of, service.topic.GENERIC), not "No letter decides a request for tend common";
"what do the approved requests usually have in common?" is a pattern, not one approval (service.kinds._TOP_REASON)."""

from __future__ import annotations

import pytest

from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize("text", [
    "what do the approved requests usually have in common?",
    "what do approvals usually have in common?",
    "what do the denied requests have in common?",
    "which requests tend to get overturned, and what do those letters have in common?",
])
def test_what_they_have_in_common_is_a_pattern(text: str) -> None:
    assert understand(text).kind == "pattern"


@pytest.mark.parametrize("text", [
    "what do the 37 yo woman's requests have in common?",
    "do CM16-0248471 and CM16-0231745 have anything in common?",
])
def test_one_patients_or_named_cases_are_no_pattern(text: str) -> None:
    assert understand(text).kind == "item"


# CM16-0230548: a 60-year-old man's neck and hand MRI (upheld) and acupuncture (overturned). CM17-0010885: a 50-year-old
# woman's initial acupuncture and additional PT, both overturned. CM17-0014288: a 62-year-old woman's shoulder MRI,
# upheld. CM17-0011703: a 53-year-old man's lumbar MRI, x-rays, cervical CT and acupuncture, all upheld.
client = served_client("CM16-0230548", "CM17-0010885", "CM17-0014288", "CM17-0011703")


def test_the_requests_that_tend_to_be_overturned(client) -> None:
    answer = ask(client, "which requests tend to get overturned, and what do those letters have in common?")
    assert answer["answer"].startswith("Of 10 disputed requests in the index, 7 were denied (upheld) and 3 approved "
                                       "(overturned). What the 3 approved ones had: ")
    assert {c["case_number"] for c in answer["citations"] if c["item_index"] > 0} >= {"CM16-0230548", "CM17-0010885"}


def test_a_gym_membership_for_her_husband_names_no_husband(client) -> None:
    answer = ask(client, "would IMR pay for a gym membership for my husband, 53, with a bad low back?")
    assert answer["answer"].startswith("No letter in the index decides a request for gym membership. ")
