"""A referral to a kind of care is its own request (service.referral_to, service.scope.where): "any chiropractor
referral approved?" asks of the referrals, not of the chiropractic sessions."""

from __future__ import annotations

import pytest

from service.referral_to import referral_to
from service.scope import where
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "told"), [
    ("any chiropractor referral approved?", True),
    ("was a referral to a chiropractor approved", True),
    ("did the consult with the chiropractor go through?", True),
    ("any chiro approved?", False),
    ("the chiropractic evaluation, was it approved?", False),  # the care's own evaluation, no referral
])
def test_a_referral_to_the_care_is_told_by_the_words_beside_it(question: str, told: bool) -> None:
    q = understand(question)
    assert referral_to(q.treatments, q.treatment_words, q.text) is told


def test_the_referrals_scope_keeps_only_the_referrals() -> None:
    w = where(understand("any chiropractor referral approved?"), {})
    assert w is not None and w.label == "chiropractic and manipulation referral"
    assert "c.treatment = 'consultation'" in w.rest
    assert "consultation" not in where(understand("any chiro approved?"), {}).rest


# a referral to a chiropractor (upheld), six chiropractic sessions (overturned), chiro with modalities (upheld)
letters = served_client("CM16-0232182", "CM17-0004738", "CM17-0015198")


def test_a_chiropractor_referral_is_not_the_chiropractic_sessions(letters) -> None:
    # answered '1 of the 11 chiropractic and manipulation / consultation and referral requests in the index was
    # approved (overturned). CM17-0004738: "Chiropractic care for the low back; six sessions"'
    answer = ask(letters, "any chiropractor referral approved?")
    assert answer["answer"].startswith("No: the one chiropractic and manipulation referral request in the index was not "
                                       "approved (overturned): it was denied (upheld). CM16-0232182: \"Referral to "
                                       "chiropractor for evaluation of low back pain and left groin pain")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0232182"}
