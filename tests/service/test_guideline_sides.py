"""The guideline utilization review (the claims administrator) relied on, asked for, and both sides compared: each
letter prints "Claims Administrator guideline:" and "MAXIMUS guideline:" before an item's rationale
(service.compose.facts). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM16-0233904: baclofen, both sides citing MTUS Chronic Pain, Muscle relaxants (for pain); CM17-0005246: a lumbar
# MRI, UR citing ODG and the reviewer MTUS Low Back Complaints, Special Studies
client = served_client("CM16-0233904", "CM17-0005246")


def test_the_claims_administrators_guideline_asked_is_theirs(client):
    answer = ask(client, "what guideline did the claims administrator cite for the baclofen")["answer"]
    # it answered the IMR reviewer's guideline
    assert answer.startswith('For "Baclofen 100mg #3" in case CM16-0233904, the claims administrator (utilization '
                             'review) relied on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants '
                             '(for pain) [1]. ')


def test_both_sides_compared_open_yes_or_no(client):
    answer = ask(client, "did UR and IMR use the same guideline for the 29 yo woman's MRI")["answer"]
    assert answer.startswith('No, different guidelines: for "MRI (magnetic resonance imaging) of the lumbar spine" in '
                             'case CM17-0005246, the claims administrator (utilization review) relied on Official '
                             'Disability Guidelines (ODG), Low Back chapter, MRI (magnetic resonance imaging) [1]; the IMR reviewer relied '
                             'on MTUS Low Back Complaints 2004, Section(s): Special Studies [2]. ')
    answer = ask(client, "did the claims administrator and the reviewer use different guidelines for the baclofen?")
    assert answer["answer"].startswith("No, the same guideline: ")


def test_utilization_review_told_before_the_reviewers_guideline_asked_is_no_side(client):
    # UR named as what happened, the reviewer's guideline asked: the reviewer's alone
    answer = ask(client, "UR let the 37 year old woman have 27 of her 30 baclofen. Which guideline section did IMR rely "
                         "on for the last 3?")["answer"]
    assert answer.startswith('For "Baclofen 100mg #3" in case CM16-0233904, the reviewer relied on MTUS Chronic Pain '
                             'Medical Treatment 2016, Section(s): Muscle relaxants (for pain) [1]. ')
