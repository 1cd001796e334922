"""A patient told by one of their requests, its body parts and its outcome ("the person whose PT for
shoulders elbows and wrists got denied, were they also denied chiro?") is the one whose letter has the
item that fits it best (service.told_item): not another letter's chiro for the elbow. Real letters, the
real model, real HTTP (/api/ask)."""

from __future__ import annotations

from service.besides import SetAside, set_aside
from service.told_item import fit
from tests.conftest import ask, served_client

# PT of several body parts: CM17-0015198 (46 M: PT for both shoulders, elbows and wrists; chiro for the neck
# and back), CM17-0012517 (33 F: PT for the right shoulder, wrist and hand, nothing else), CM17-0015849 (47 F:
# PT for the left shoulder, wrist and hip); chiro for the elbow and knee: CM16-0243453 (60 F); braces for the
# wrists and elbows: CM16-0248471 (37 F); all denied
client = served_client("CM17-0015198", "CM17-0012517", "CM17-0015849", "CM16-0243453", "CM16-0248471")


def test_the_told_item_with_its_body_parts_and_outcome_is_read():
    text = "the person whose PT for shoulders elbows and wrists got denied, were they also denied chiro?"
    assert set_aside(text) == (text, SetAside(treatments=("physical_therapy",), regions=("shoulder", "elbow", "wrist/hand"),
                                              words="the PT for shoulders elbows and wrists", tells=True, outcome="Upheld"))


def test_an_item_fits_by_its_body_parts_and_its_decision():
    told = SetAside(treatments=("physical_therapy",), regions=("shoulder", "elbow", "wrist/hand"), tells=True, outcome="Upheld")
    assert fit(told, "Upheld", {"shoulder", "elbow", "wrist/hand"}) == 1.0
    assert fit(told, "Upheld", {"shoulder", "wrist/hand", "hip"}) == 0.5
    assert fit(told, "Overturned", {"shoulder", "elbow", "wrist/hand"}) == 0.5


def test_the_letter_whose_item_fits_is_the_patients(client):
    answer = ask(client, "the person whose PT for shoulders elbows and wrists got denied, were they also denied chiro?")
    assert answer["lead"].startswith('Yes: the denial of "Chiro with modalities 2 times a week for 6 weeks for neck, back" '
                                     'was upheld; it was not authorised [1].')
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0015198"}


def test_the_rest_of_the_told_patients_letter(client):
    answer = ask(client, "the person whose PT for shoulders elbows and wrists got denied - anything else denied?")
    assert 'In case CM17-0015198, the request for "Chiro with modalities 2 times a week for 6 weeks for neck, back" was denied' in answer["answer"]
    # ... and a letter that has nothing else says so
    answer = ask(client, "the woman whose PT for the shoulder wrist and hand was denied - anything else denied?")
    assert answer["answer"].startswith(
        "The letter of the patient described, case CM17-0012517, has no request besides the PT. Its letter decided 1 item: "
        '1. "Twelve sessions of physical therapy for the right shoulder, right wrist and right hand')


# two men with a knee arthroscopy denied: CM17-0002892 (55: PA assist and post-op PT too), CM17-0015957 (60: pre-op
# clearance and Motrin)
knee_client = served_client("CM17-0002892", "CM17-0015957")


def test_the_told_items_outcome_is_checked_first(knee_client):
    answer = ask(knee_client, "the guy whose knee scope was approved - what happened with his PT?")
    assert answer["lead"].startswith('"Right knee arthroscopy with evaluation of ACL, medical meniscectomy" was denied (upheld), '
                                     "not approved [1]. Denied (Upheld): primary request not approved [2].")
    assert 'the request for "Post operative physical therapy for the right knee 2 times a week for 6 weeks" was denied' in answer["answer"]
    # ... and said rightly, it is not said again
    answer = ask(knee_client, "the guy whose knee scope was denied - what happened with his PT?")
    assert answer["lead"].startswith("Denied (Upheld): primary request not approved [1].")
