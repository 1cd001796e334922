"""The kind of request told of a described patient ("on all the liquid meds", "the pain mgmt
referral") narrows the letters the description fits to those with such a request
(service.told_kind), and a patient called by a body part ("the guy in his 60s with the shoulder")
asks of that part's treatment (service.lacking.part_described). Real letters, the real model."""

from __future__ import annotations

from service.told_kind import of_kind, told_kinds
from tests.conftest import ask, sample_client, served_client


def test_kinds_told():
    assert told_kinds("the 40 yo woman on all the liquid meds - was any of it approved?") == ("liquid",)
    assert told_kinds("the pain management referral for the 40 yo woman - approved?") == ("pain management",)
    assert told_kinds("was the referral to an orthopedist approved?") == ("orthopedic",)
    assert told_kinds("the 40 yo woman's meds - approved?") == ()
    assert told_kinds("the pain in her back got worse") == ()


def test_titles_of_a_kind():
    assert of_kind("liquid", "Fanatrex 25mg/ml oral suspension 420ml")
    assert not of_kind("liquid", "Celecoxib 200mg #90")
    assert of_kind("pain management", "Referral to pain management")
    assert not of_kind("pain management", "Orthopedic consultation")
    assert of_kind("orthopedic", "Orthopedic consultation")


# two 40-year-old women: CM17-0013625's four oral suspensions and celecoxib, CM17-0017734's tramadol;
# three men in their 60s: CM17-0006797's right shoulder arthroscopy (no MRI), CM16-0230548's MRI of the
# neck and right hand, CM16-0248034's EMG/NCS; four more women in their 40s (six in all)
client = served_client("CM17-0013625", "CM17-0017734", "CM17-0006797", "CM16-0230548", "CM16-0248034",
                       "CM17-0019011", "CM16-0231706", "CM17-0009887", "CM17-0018279")


def test_the_liquid_meds_are_one_womans(client):
    # was "No: 2 letters fit the 40-year-old woman equally. ..." (CM17-0017734's tramadol too)
    answer = ask(client, "the 40 yo woman on all the liquid meds - was any of it approved?")
    assert "CM17-0013625" in answer["answer"]
    assert "CM17-0017734" not in answer["answer"]
    assert "fit the 40-year-old woman equally" not in answer["answer"]


def test_a_part_he_is_called_by_is_the_part_asked(client):
    # was CM16-0230548's "MRI of neck and right hand without contrast", answered as his MRI
    answer = ask(client, "the guy in his 60s with the shoulder - what did IMR say about his MRI?")
    assert answer["answer"].startswith("No letter that fits the patient described (CM17-0006797, CM16-0230548, "
                                      "CM16-0248034) has a request for shoulder MRI.")


def test_an_age_band_many_share_lists_each_letter_in_a_line(client):
    # was CM17-0019011's "Naproxen 500mg #60", answered as if it were the one patient's
    answer = ask(client, "the lady in her 40s - what happened with her requests?")
    assert answer["answer"] == (
        "6 letters fit a woman aged 40-49; the question does not say which is hers. CM17-0013625 (40): all 5 "
        'requests were denied (upheld) [1][2][3][4][5]. CM17-0019011 (45): "Naproxen 500mg #60" approved (overturned) [6]. '
        'CM17-0017734 (40): "Tramadol 50mg #60" denied (upheld) [7]. CM16-0231706 (43): "Chiropractic physiotherapy '
        'treatment 6 visits" denied (upheld) [8]. CM17-0018279 (46): "Physical therapy 2 times a week for 6 weeks low '
        'back" denied (upheld) [9]. CM17-0009887 (46): "NCS of the left upper extremity" denied (upheld), "EMG of the '
        'left upper extremity" denied (upheld) [10][11]. Give the case number, or the treatment asked about, for one '
        "letter's answer.")
    # each line's decisions are cited by the headings of its requests
    assert {(c["case_number"], c["role"]) for c in answer["citations"]} >= {("CM17-0019011", "heading"),
                                                                          ("CM17-0009887", "heading")}


sample = sample_client("CM16-0162789", "CM16-0162902")


def test_the_specialty_referred_to_is_the_one_asked(sample):
    # was "It depends on which letter: 2 letters fit the 40-year-old woman equally and each has a request for
    # consultations and referrals. ..." with CM16-0162789's "Orthopedic consultation" beside it
    answer = ask(sample, "the pain mgmt referral for the 40 yo woman - approved?")
    assert answer["answer"].startswith('No: the denial of "Referral to pain management" was upheld; it was not '
                                      "authorised [1].")
    assert "CM16-0162789" not in answer["answer"]


ortho = sample_client("CM16-0162789")


def test_a_referral_to_a_specialty_no_request_is_to_is_not_found(ortho):
    # "was there a pain management referral anywhere?" answered the one referral of the index, to another specialty
    answer = ask(ortho, "was there a pain management referral anywhere?")
    assert answer["answer"].startswith("No letter in the index decides a request for a pain management referral or "
                                       "consultation.")
    named = ask(ortho, "CM16-0162789 - was the pain management referral approved?")
    assert named["not_found"] == "case_lacks"
    assert named["answer"].startswith("Case CM16-0162789 has no request for pain management referral.")
    # ... the specialty it is to is answered
    assert ask(ortho, "CM16-0162789 - was the ortho consult approved?")["not_found"] == ""


def test_a_list_of_referrals_to_a_specialty_no_request_is_to_is_not_found(ortho):
    # nat-4777: "any ortho consults approved?" listed the index's one referral, to another specialty
    answer = ask(ortho, "any pain management consults approved?")
    assert answer["kind"] == "not_found"
    assert answer["answer"].startswith("No letter in the index decides a request for a pain management referral or "
                                       "consultation.")
    counted = ask(ortho, "how many pain management referrals were denied?")
    assert counted["answer"].startswith("No letter in the index decides a request for a pain management referral or "
                                        "consultation.")
    # ... the specialty it is to is listed
    assert ask(ortho, "any ortho consults approved?")["kind"] == "list"


def test_the_liquids_themselves_tell_the_liquid_form():
    # "the lady with the compounded liquids": her oral suspensions, as "liquid meds" tells them
    assert told_kinds("did the lady with the compounded liquids get any of them?") == ("liquid",)
    assert told_kinds("did the lady with the liquids get any of them?") == ("liquid",)
    assert told_kinds("her oral liquids were denied?") == ("liquid",)
    # ... a liquid that is no drug told: nothing
    assert told_kinds("he was told to drink more liquids") == ()
