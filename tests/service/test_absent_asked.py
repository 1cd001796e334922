"""A treatment no letter decides is said so whoever asks (service.flows.no_one, service.lacking.decided_nowhere);
the provider told as ordering a treatment is who asks, not what is asked (service.orderer); a body part told twice
is said once when a case lacks the treatment (service.lacking). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.no_one import no_one_named
from service.orderer import mask_orderers
from service.understand import understand
from tests.conftest import ask, served_client
from tests.service.test_conversation_api import turn

# CM16-0239607: a cervical MRI (upheld, 34M); CM16-0230548: an MRI of the neck and right hand (upheld) and acupuncture
# (overturned, 60M); CM17-0018279: low back PT (upheld, 46F)
client = served_client("CM16-0239607", "CM16-0230548", "CM17-0018279")


def test_the_provider_who_orders_is_masked() -> None:
    assert mask_orderers("my husband's psychiatrist put him on zoloft") == (
        "my husband's              put him on zoloft", ["psychiatrist"])
    assert mask_orderers("my chiropractor ordered an MRI of my neck", verb=True) == (
        "my " + " " * 20 + " an MRI of my neck", ["chiropractor"])
    assert mask_orderers("her physical therapist recommended a TENS unit")[1] == ["physical therapist"]
    # ... but not one whose verb is followed by no treatment: the provider's care is what is asked
    assert mask_orderers("the chiropractor requested 6 more visits") == ("the chiropractor requested 6 more visits", [])
    assert mask_orderers("my psychiatrist visits were denied") == ("my psychiatrist visits were denied", [])
    # ... nor "requests" as a plural noun, nor a treatment only in a reason after the verb
    question = "which PT requests were denied because there was no urine drug screen?"
    assert mask_orderers(question) == (question, [])
    assert mask_orderers("the OT recommended more visits because there was no TENS unit") == (
        "the OT recommended more visits because there was no TENS unit", [])


def test_what_is_asked_is_what_the_provider_ordered() -> None:
    assert understand("my husband's psychiatrist put him on zoloft after the accident, would IMR cover it?").treatments == (
        "antidepressant", "medication")
    assert understand("my chiropractor ordered an MRI of my neck - was it approved?").treatments == ("mri", "imaging")
    assert understand("the psychologist wants her on Cymbalta - would IMR approve it?").treatments == (
        "antidepressant", "medication")
    assert understand("my psychiatrist visits were denied").treatments == ("psychological",)
    # who ordered it tells nothing of the patient: asked of the asker's own case, no letter is the one meant
    assert no_one_named(understand("my chiropractor ordered an MRI of my neck - was it approved?"))


def test_an_absent_treatment_asked_of_ones_own_case(client) -> None:
    answer = ask(client, "UR non-certified my carpal tunnel surgery. What did IMR decide?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "no_treatment")
    assert answer["answer"] == ("No letter in the index decides a request for carpal tunnel surgery. The nearest items "
                                "are shown as related, not as the answer.")
    answer = ask(client, "my zoloft got denied, can I appeal?")
    assert answer["answer"].startswith("No letter in the index decides a request for zoloft. IMR is Independent "
                                       "Medical Review")
    assert "No case number was given" not in answer["answer"]
    # a treatment some letter has: no letter is the one meant, and what holds across the letters
    answer = ask(client, "my chiropractor ordered an MRI of my neck - was it approved?")
    assert answer["not_found"] == "no_one_named"
    assert answer["answer"].startswith(
        "No case number was given and no patient described, so no letter in the index can be told to be the one "
        "meant. Across the index, 2 of the 2 cervical MRI requests were denied (upheld) and 0 approved (overturned).")


def test_the_drug_a_psychiatrist_ordered_is_asked(client) -> None:
    answer = ask(client, "my husband's psychiatrist put him on zoloft after the accident, would IMR cover it?")
    assert answer["kind"] == "not_found"
    assert answer["answer"] == ("No letter in the index decides a request for zoloft. The nearest items are shown as "
                                "related, not as the answer.")
    assert answer["citations"] == []


def test_no_patient_fits_and_no_letter_has_it(client) -> None:
    answer = ask(client, "my mom is 70 and needs a new hip after she fell at work. did IMR ever approve hip surgery?")
    assert answer["kind"] == "not_found"
    assert answer["answer"] == ("No letter in the index fits the patient described (a 70-year-old woman). No letter in "
                                "the index decides a request for hip surgery either. The nearest items are shown as "
                                "related, not as the answer.")
    # ... a treatment some letter has is not said absent (here the one letter with it is named, a loose fit)
    answer = ask(client, "my mom is 70, did IMR approve her physical therapy?")
    assert answer["answer"].startswith("The patient described does not fit exactly: no letter is of a 70-year-old "
                                       "woman; the one letter with physical therapy is case CM17-0018279, a "
                                       "46-year-old woman's.")
    assert "either" not in answer["answer"]


def test_a_body_part_told_twice_is_said_once(client) -> None:
    first_q = "the 60 yo man with the neck and hand MRI"
    first = ask(client, first_q)
    answer = ask(client, "what about an EMG for his hand numbness?", history=[turn(first_q, first)])
    assert answer["answer"] == (
        'Case CM16-0230548 has no request for hand EMG. Its letter decided 2 items: 1. "MRI of neck and right hand '
        'without contrast": denied (upheld); 2. "Acupuncture 3 times a week for 2 weeks, neck, right hand and head": '
        'approved (overturned).')


def test_not_the_one_taken_is_set_aside() -> None:
    from service.besides import set_aside

    text, aside = set_aside("Not the MRI - the 53 yo man's nerve conduction study, what happened?")
    assert (aside.treatments, aside.words) == (("mri", "imaging"), "the MRI")
    assert text == " " * len("Not the MRI") + " - the 53 yo man's nerve conduction study, what happened?"
    assert understand("Not the MRI - the 53 yo man's nerve conduction study, what happened?").treatments == (
        "ncs", "nerve_study")
    # ... or opening a clause after a dash or a comma
    text, aside = set_aside("the 29 yo woman - not the MRI, her epidural, was it approved?")
    assert (aside.treatments, text) == (("mri", "imaging"), "the 29 yo woman -            , her epidural, was it approved?")
    assert set_aside("was it the MRI, not the CT, that got denied?")[1].treatments == ("ct", "imaging")
    # ... only with another thing asked beside it, and not after an outcome told (the thing's own outcome)
    assert set_aside("not the MRI?")[1].treatments == ()
    assert "mri" not in set_aside("they approved the PT, not the MRI - why?")[1].treatments


def test_a_description_ends_at_a_dash() -> None:
    query = understand("the 54 yo woman with the naproxen - her prilosec wasn't approved, was it?")
    assert (query.treatments, query.story_treatments) == (("ppi",), ("nsaid", "medication"))


def test_body_parts_said_in_a_pain_of_several_are_where_it_hurts() -> None:
    from service.lacking import _only_in_condition

    told = "my wife is 54 and has neck and shoulder pain, her doctor ordered a nerve test of her arm - did IMR deny it?"
    assert [_only_in_condition(told, w) for w in ("neck", "shoulder", "arm")] == [True, True, False]
    assert _only_in_condition("neck, back pain - was the MRI approved?", "neck")
    assert not _only_in_condition("the neck MRI and shoulder pain", "neck")
