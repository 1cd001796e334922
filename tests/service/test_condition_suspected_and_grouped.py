"""A condition only suspected or to be ruled out ("rule out carpal tunnel syndrome", "possible CTS") is no
condition of the patient's, and a condition with an age band or a sex ("women over 50 with carpal tunnel",
"men with sciatica in their 40s") is of the patients both tell (service.condition_group, service.groups,
service.flows.condition). Tune-half real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.condition_group import names_condition, read_condition, wordings
from service.groups import read_group
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("summary", "named"), [
    ("rule out carpal tunnel syndrome due to repetitive activity", False),
    ("r/o left carpal tunnel syndrome", False),
    ("possible CTS", False),
    ("suspected bilateral carpal tunnel syndrome and cervical strain", False),
    ("carpal tunnel syndrome was ruled out by the EMG", False),
    ("bilateral carpal tunnel syndrome. Rule out cervical radiculopathy", True),
    ("rule out carpal tunnel syndrome; the EMG showed carpal tunnel syndrome", True),
    ("Diagnoses included status post carpal tunnel.", True),
])
def test_a_suspected_condition_is_not_named(summary: str, named: bool) -> None:
    assert names_condition("carpal tunnel", summary) is named


def test_a_condition_with_an_age_band_or_a_sex() -> None:
    assert read_condition("women over 50 with carpal tunnel - anything approved?") == "carpal tunnel"
    assert read_condition("did men in their 40s with sciatica get anything approved?") == "sciatica"
    assert read_condition("men with sciatica in their 40s - anything approved?") == "sciatica"
    assert read_condition("men with carpal tunnel over 50 - anything approved?") == "carpal tunnel"
    assert read_group("men with sciatica in their 40s - anything approved?").filters() == {
        "sex": "male", "age_min": "40", "age_max": "49"}
    assert read_group("patients with knee pain aged 30-39").filters() == {"age_min": "30", "age_max": "39"}
    assert read_group("women with over 50 visits of PT") is None
    assert dict(understand("women over 50 with carpal tunnel - anything approved?").group) == {
        "sex": "female", "age_min": "51"}


def test_sciatica_is_recorded_as_lumbar_radiculopathy() -> None:
    assert wordings("sciatica") == ("sciatica", "lumbar radiculopathy", "lumbosacral radiculopathy")


# radiculopathy: men of 34 (CM16-0219557) and 57 (CM17-0005418), women of 37 (CM16-0245128, CM16-0248471);
# "rule out cervical radiculopathy" of a man of 63 (CM16-0248034, his EMG/NCS approved); a herniated nucleus
# pulposus of men of 45 (CM17-0013754) and 50 (CM17-0007857)
client = served_client("CM16-0219557", "CM17-0005418", "CM16-0245128", "CM16-0248471", "CM16-0248034",
                       "CM17-0013754", "CM17-0007857")


def test_a_condition_to_rule_out_is_no_patients(client) -> None:
    # was "Yes: 1 of the 11 requests of patients with radiculopathy ..." (CM16-0248034's EMG/NCS)
    answer = ask(client, "any approvals for people with radiculopathy?")
    assert answer["lead"] == ("No: none of the 10 requests of patients with radiculopathy in the index was approved "
                              "(overturned); all 10 were denied (upheld).")
    assert "CM16-0248034" not in answer["answer"]


def test_women_in_their_30s_with_radiculopathy(client) -> None:
    answer = ask(client, "did women in their 30s with radiculopathy get anything approved?")
    assert answer["lead"] == ("No: none of the 7 requests of women aged 30-39 with radiculopathy in the index was "
                              "approved (overturned); all 7 were denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0245128", "CM16-0248471"}


def test_men_with_a_herniated_disc_in_their_40s(client) -> None:
    answer = ask(client, "men with a herniated disc in their 40s - what was decided?")
    assert answer["lead"] == ("The one request of men aged 40-49 with herniated disc in the index was denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0013754"}


def test_a_group_no_letter_of_the_condition_is_of(client) -> None:
    answer = ask(client, "men over 50 with a herniated disc - anything approved?")
    assert answer["answer"] == ("No letter in the index is of men aged 51 or over with herniated disc: 2 case summaries "
                                "name it, none of men aged 51 or over (CM17-0007857, CM17-0013754). The nearest items "
                                "are shown as related, not as the answer.")
    assert answer["not_found"] == "no_patient"


def test_men_with_sciatica_in_their_30s(client) -> None:
    answer = ask(client, "men with sciatica in their 30s - what was decided?")
    assert answer["lead"] == "The one request of men aged 30-39 with sciatica in the index was denied (upheld)."
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0219557"}
