"""A patient described by an age or a sex that no letter has, asking a treatment one letter has: the
answer is about that letter, saying first how its patient differs, never another patient's letter that
lacks the treatment (service.loose_fit). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.loose_fit import age_off, distance
from tests.conftest import ask, served_client

# a 63-year-old man's rotator cuff surgery and its cryotherapy (all upheld); a 62-year-old woman's shoulder
# MRI (upheld); a 27-year-old woman's additional lumbar chiropractic (upheld)
client = served_client("CM17-0006797", "CM17-0014288", "CM16-0247660")
# a 40-year-old woman's five compounded suspensions, Tabradol among them (all upheld); a 33-year-old man's
# cyclobenzaprine tablets, diclofenac and MRIs (all upheld)
served_products = served_client("CM17-0013625", "CM16-0234464")


def test_how_far_a_letter_is_from_the_description():
    assert [age_off(63, 63), age_off(64, 63), age_off(49, 44), age_off(77, 62), age_off(None, 40), age_off(30, None)] == [
        0.0, 0.15, 0.75, 1.5, 0.0, 1.5]
    assert distance(63, "female", 63, "male") == 1.0
    assert distance(27, "male", 53, "male") == 1.5
    assert distance(None, "male", 40, "female") == 1.0
    # a woman three years off is nearer than one six years off
    assert distance(34, "female", 37, "female") < distance(34, "female", 28, "female")


def test_the_one_surgery_is_a_mans(client):
    answer = ask(client, "my wife is 63 and she tore her rotator cuff at work, why did they deny the shoulder surgery")
    assert answer["answer"].startswith(
        "The patient described does not fit exactly: no letter is of a 63-year-old woman; the one letter with rotator "
        "cuff surgery is case CM17-0006797, a 63-year-old man's. ")
    assert answer["citations"][0]["case_number"] == "CM17-0006797"


def test_the_part_told_names_the_treatment(client):
    answer = ask(client, "my sister is 64, they wanted to fix her rotator cuff - did IMR deny the surgery?")
    assert answer["answer"].startswith(
        "The patient described does not fit exactly: no letter is of a 64-year-old woman; the one letter with rotator "
        "cuff surgery is case CM17-0006797, a 63-year-old man's. Yes: the denial of")


def test_the_nearest_of_several_by_age(client):
    answer = ask(client, "my son is 27 and hurt his low back, the extra chiropractor visits were denied?")
    assert answer["answer"].startswith("The patient described does not fit exactly: no letter is of a 27-year-old man; ")
    assert answer["citations"][0]["case_number"] == "CM16-0247660"


def test_a_letter_fitting_exactly_is_answered_as_before(client):
    answer = ask(client, "the 62 yo woman with shoulder tendinitis, was her MRI approved?")
    assert not answer["answer"].startswith("The patient described does not fit exactly")
    assert answer["citations"][0]["case_number"] == "CM17-0014288"


def test_a_product_of_one_letter_told_of_a_man(served_products):
    answer = ask(served_products, "my dad is 44, why did they deny his tabradol for the muscle spasms")
    assert answer["answer"].startswith(
        "The patient described does not fit exactly: no letter is of a 44-year-old man; the one letter with tabradol "
        "is case CM17-0013625, a 40-year-old woman's. ")


def test_a_product_named_is_its_own_request_not_its_generic(served_products):
    answer = ask(served_products, "did IMR ok the tabradol for muscle spasms?")
    assert answer["citations"][0]["case_number"] == "CM17-0013625"
    assert "Tabradol 1mg/ml oral suspension, 250ml" in answer["answer"]


# a 62-year-old woman's right shoulder MRI, her summary printing "tendinitis"; a 54-year-old woman's left shoulder
# MRI, neck MRI and head CT (all upheld)
shoulders = served_client("CM17-0014288", "CM17-0002106")


def test_of_two_as_near_the_one_printing_the_condition_told(shoulders):
    answer = ask(shoulders, "my mom is 77 with shoulder tendinitis, was her shoulder MRI approved")
    assert answer["answer"].startswith(
        "The patient described does not fit exactly: no letter is of a 77-year-old woman; the nearest of the letters "
        "with shoulder MRI is case CM17-0014288, a 62-year-old woman's. No: the denial of")
    # ... and of two as near with nothing told to part them, neither
    assert not ask(shoulders, "my mom is 77, was her shoulder MRI approved")["answer"].startswith("The patient described")


# a 41-year-old man's ibuprofen refills (upheld); a 60-year-old man's knee arthroscopy, pre-op clearance and Motrin
motrin = served_client("CM17-0002181", "CM17-0015957")


def test_a_product_named_of_a_patient_described_is_theirs_by_its_generic(motrin):
    answer = ask(motrin, "I'm 41, hurt my left knee wrist and shoulder at work. were my motrin refills denied?")
    assert answer["citations"][0]["case_number"] == "CM17-0002181"
