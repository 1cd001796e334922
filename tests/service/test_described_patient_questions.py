"""Questions about one patient described in lay words, over real letters: a treatment no letter
has, asked of a patient whose letter is found, is said to be absent from the index and from their
letter, with what their letter did decide. Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import ask, served_client

# a 62-year-old woman's right shoulder MRI (upheld); a home aide after abdominal surgery (upheld);
# a 54-year-old man's cervical and lumbar physical therapy (both upheld; his chair fell apart under him);
# a 24-year-old man's cervical CT after he fainted and fell (overturned)
CASES = ["CM17-0014288", "CM16-0249735", "CM17-0010362", "CM17-0005924"]


client = served_client(*CASES)


def test_a_treatment_no_letter_has_asked_of_a_patient_described_lists_their_letter(client):
    answer = ask(client, "My wife is 62 and has tendinitis in her right shoulder from repetitive work. "
                         "Did IMR approve the cortisone shot in her shoulder?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    assert answer["answer"] == (
        "No letter in the index decides a request for cortisone. The letter of the patient described, case "
        "CM17-0014288, has no request for it either. Its letter decided 1 item: 1. \"MRI of the right shoulder "
        "without contrast\": denied (upheld).")
    # no patient described: nothing found, and no letter named
    plain = ask(client, "Did IMR approve the cortisone shot?")
    assert (plain["kind"], plain["not_found"]) == ("not_found", "no_treatment")
    assert "CM17-0014288" not in plain["answer"]


def test_a_round_of_therapy_is_therapy_not_an_unknown_treatment(client):
    answer = ask(client, "The internist who reviewed the case of the man whose chair collapsed under him: "
                         "did he let either round of therapy through?")
    assert answer["kind"] == "item"
    # both rounds, said at once (service.flows.group.group_outcome), then each
    assert answer["answer"].startswith("Both were denied (upheld) [1][2]. Denied (Upheld): ")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0010362"}


def test_a_monitor_no_request_names_is_not_the_patients_other_item(client):
    answer = ask(client, "The 24-year-old who fainted and fell at work: did IMR approve the heart monitor his doctor "
                         "ordered?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    assert answer["answer"] == (
        "No letter in the index decides a request for heart monitor. The letter of the patient described, case "
        "CM17-0005924, has no request for it either. Its letter decided 1 item: 1. \"Retrospective CT scan of the "
        "cervical spine (DOS 11/18/16)\": approved (overturned).")


# a 41-year-old man's ibuprofen refills (an NSAID, upheld); a 57-year-old man's L4 and L5 epidurals (upheld)
DRUG_AND_SHOT_CASES = ["CM17-0002181", "CM17-0005418"]


drug_and_shot = served_client(*DRUG_AND_SHOT_CASES)


def test_a_drug_shot_no_letter_has_is_the_drug_not_any_injection(drug_and_shot):
    # the shot is the Toradol's form: no letter requests ketorolac, though NSAIDs and injections are there
    answer = ask(drug_and_shot, "My doctor gave me a Toradol shot for my back in the clinic and UR denied paying for it. "
                         "What did IMR decide?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "no_treatment")
    assert answer["answer"].startswith("No letter in the index decides a request for Toradol.")


# three women with low back strains: a 52-year-old's five items after lifting (exams, manipulation,
# e-stim, ultrasound); a 25-year-old's eight PT sessions; a 46-year-old's PT twice a week for six weeks
LOW_BACK_CASES = ["CM16-0231745", "CM17-0003890", "CM17-0018279"]


low_backs = served_client(*LOW_BACK_CASES)


def test_she_hurt_herself_tells_her_story_and_her_five_requests_tell_her_letter(low_backs):
    answer = ask(low_backs, "She hurt herself lifting at work, strained her lower back and her belly muscles. "
                            "Was a single one of her five requests approved?")
    assert answer["kind"] == "item"
    # her five requests told at once, three of them explained
    assert answer["answer"].startswith("In CM16-0231745, none of the 5 requests was approved (overturned). Denied (Upheld)")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0231745"}



# three 37-year-old women: cumulative trauma (a TENS unit, braces, pillows), right-sided pain (a neck
# MRI), neck and back strains with tennis elbow (baclofen)
WOMEN_37 = ["CM16-0248471", "CM16-0245128", "CM16-0233904"]


@pytest.fixture(scope="module")
def women_37(serve_real):
    with serve_real(WOMEN_37) as (_client, engine, _service):
        yield engine


def test_how_she_was_hurt_tells_her_letter(women_37):
    from service.patients import letter_matches
    from service.understand import understand

    matches = letter_matches(women_37, understand("What did IMR decide for the 37 year old woman with cumulative "
                                                  "trauma?"), {})
    # (without the mechanism, the tennis elbow patient's summary read best)
    assert max(matches, key=matches.get) == "CM16-0248471"


def test_the_owner_of_a_treatment_is_no_kind_of_it(drug_and_shot):
    # "the 57 year old man's injections" are injections, not an "old" kind of injection
    took = ask(drug_and_shot, "How many days did IMR take for the 57 year old man's injections?")
    assert took["lead"] == "For the 57-year-old man (CM17-0005418): 28 days from the application's receipt to the IMR decision."
    # a treatment no letter has is said back without its owner
    absent = ask(drug_and_shot, "Why did IMR deny my husband's ketamine infusion?")
    assert absent["answer"].startswith("No letter in the index decides a request for ketamine infusion.")


# two 45-year-old women: one's naproxen (overturned), the other's meloxicam (upheld)
two_women = served_client("CM17-0019011", "CM17-0019171")


def test_a_description_two_letters_fit_names_neither_for_a_treatment_no_letter_has(two_women):
    answer = ask(two_women, "Did IMR approve the cortisone shot for the 45 year old woman?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "no_treatment")
    assert answer["answer"].startswith("No letter in the index decides a request for cortisone.")
    assert "CM17-0019011" not in answer["answer"] and "CM17-0019171" not in answer["answer"]


def test_an_operation_the_patient_is_described_with_is_no_unknown_treatment(client):
    # no letter requests a bowel surgery; it tells who the patient is, and the home aide is asked
    answer = ask(client, "the home helth aide for the man with the bowel surgery - denyed why")
    assert answer["kind"] == "item"
    assert answer["answer"].startswith("Denied (Upheld): ")
    assert answer["hits"][0]["case_number"] == "CM16-0249735"


# two letters of 57-year-old men (a lumbar MRI; L4 and L5 epidurals), and a right knee MRI of another patient
men_57 = served_client("CM17-0004344", "CM17-0005418", "CM17-0001064")


def test_the_few_letters_a_description_fits_are_named_when_none_has_the_treatment(men_57):
    answer = ask(men_57, "the 57 yo man - did IMR approve an MRI of his shoulder?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    assert answer["answer"] == ("No letter that fits the patient described (CM17-0004344, CM17-0005418) has a request "
                                "for shoulder MRI. The nearest items are shown as related, not as the answer.")
    # ... and the one that fits, when the work status tells him apart (CM17-0005418's summary: "currently
    # working full time")
    answer = ask(men_57, "the 57 yo man who's still working full time - did IMR approve an MRI of his bruised right knee?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    assert answer["answer"].startswith("The letter of the patient described, case CM17-0005418, has no request for knee MRI.")


def test_a_verb_of_the_asking_is_no_kind_of_the_treatment(client):
    # "decide on surgery" is knee surgery asked about, not a "decide" kind of surgery no letter has
    answer = ask(client, "the 24 yo who fainted and fell at work - what did IMR decide on surgery for his torn knee "
                         "meniscus?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    assert answer["answer"] == (
        "No letter in the index decides a request for surgery. The letter of the patient described, case "
        "CM17-0005924, has no request for it either. Its letter decided 1 item: 1. \"Retrospective CT scan of the "
        "cervical spine (DOS 11/18/16)\": approved (overturned).")


def test_two_shots_told_apart_by_level_are_checked_each(drug_and_shot):
    # "... the L4 denied" was answered '"Right L4 ..." was denied (upheld), not approved', a claim the question
    # never made
    answer = ask(drug_and_shot, "in CM17-0005418 was the L5 shot approved but the L4 denied?")
    assert answer["answer"].startswith(
        'No: "Right L5 transforaminal epidural steroid injection under fluoroscopic guidance" was denied (upheld), not '
        'approved [1]. "Right L4 transforaminal epidural steroid injection under fluoroscopic guidance" was denied '
        '(upheld), as the question says [2].')


# a 40-year-old woman's celecoxib and four oral suspensions (a sleep aid, Dicopanol, among them); a 33-year-old man's
# three MRIs and three drugs; a 57-year-old man's two epidurals
sleep_aid = served_client("CM17-0013625", "CM16-0234464", "CM17-0005418")


def test_the_few_requests_for_it_elsewhere_are_named_with_their_patients(sleep_aid):
    # "the 45 yo guy with the sleep aid suspension": no letter is his; the one sleep aid there is, a woman's, answered,
    # how she differs said first (service.loose_fit)
    answer = ask(sleep_aid, "the 45 yo guy with the sleep aid suspension - what happened?")
    assert answer["kind"] == "item"
    assert answer["answer"].startswith("The patient described does not fit exactly: no letter is of a 45-year-old man; "
                                       "the one letter with sleep aid is case CM17-0013625, a 40-year-old woman's. ")
    assert answer["citations"][0]["case_number"] == "CM17-0013625"


def test_two_treatments_no_letter_has_are_each_named(client):
    answer = ask(client, "my wife is 62, did she get a gym membership or pool therapy?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    assert answer["answer"] == (
        "No letter in the index decides a request for gym membership or pool therapy. The letter of the patient "
        "described, case CM17-0014288, has no request for them either. Its letter decided 1 item: 1. \"MRI of the "
        "right shoulder without contrast\": denied (upheld).")
    # ... and a thing no letter prints, listed beside them, is named too (nat-4767, nat-4768)
    listed = ask(client, "CM17-0014288 did she get a hot tub, a gym membership or pool therapy?")
    assert listed["answer"].startswith("Case CM17-0014288 has no request for hot tub / gym membership / pool therapy. ")
    three = ask(client, "my wife is 62 - any hot tub or jacuzzi or gym membership?")
    assert three["answer"].startswith("No letter in the index decides a request for hot tub or jacuzzi or gym membership. ")
    # ... one named: it alone
    one = ask(client, "is a gym membership ever approved?")
    assert one["answer"].startswith("No letter in the index decides a request for gym membership. ")
