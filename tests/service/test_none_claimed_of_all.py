"""A claim of one outcome about every one of a patient's requests ("none of his stuff got approved?",
"none of his requests were denied?", "nothing got approved for the 52 yo woman, right?") is answered yes
or no over all of them: "Yes: ..." when the letter bears it out, "No: ..." (each request cited) when it
decided the other way, also with the patient told first, apart ("the 56 year old man - none of ..."). Real
letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

from service.outcomes import read_outcomes
from tests.conftest import ask, served_client

# CM17-0015790: a 56-year-old man, baclofen and Norco, both upheld; CM17-0010885: a 50-year-old woman (face
# contusion, brain injury), acupuncture and PT, both overturned; CM16-0231745 and CM17-0000859: two
# 52-year-old women, every request upheld
client = served_client("CM17-0015790", "CM17-0010885", "CM16-0231745", "CM17-0000859")


def test_a_negative_subject_after_the_patient_told_apart_is_negated():
    for text in ("the 56 year old man - none of his stuff got approved?",
                 "the 63 year old man with the shoulder surgery: none of his stuff got approved?"):
        assert [(o.words, o.decision, o.role) for o in read_outcomes(text).found] == [("not approved", "Upheld", "premise")]
    assert [(o.words, o.decision) for o in read_outcomes("56 yo man, none of his requests were denied?").found] == [
        ("not denied", "Overturned")]
    # ... not a clause before the one that asks
    assert [(o.words, o.decision) for o in read_outcomes("he had PT, none of it helped, why was it denied?").found] == [
        ("denied", "Upheld")]


def test_none_approved_of_a_patient_whose_requests_were_all_denied_is_yes(client):
    answer = ask(client, "the 56 year old man - none of his stuff got approved?")
    assert answer["lead"].startswith("Yes: in CM17-0015790, both requests were denied (upheld) [1][2].")


def test_none_denied_of_a_patient_whose_requests_were_all_denied_is_no(client):
    answer = ask(client, "56 yo man, none of his requests were denied?")
    assert answer["lead"].startswith('No: IMR denied them: "Baclofen 20mg #60" [1] and "Norco 7.5-325mg #112" [2] were denied (upheld: not '
                                     'authorised).')


def test_nothing_approved_of_a_patient_whose_requests_were_all_approved_is_no(client):
    answer = ask(client, "nothing was approved for the 50 year old woman with the face contusion and the brain injury, "
                         "right?")
    # (the claim said negated: its fact in its own verb, not a bare "No" that reads both ways)
    assert answer["lead"].startswith('No, they were approved: "Initial acupuncture, 1 to 2 times per week for 4 weeks, for the neck" [1] and '
                                     '"Additional physical therapy, 1 to 2 times per week for 3 weeks, for the neck" [2] '
                                     'were approved (overturned: authorised).')


def test_nothing_approved_of_two_patients_alike_is_yes_when_both_bear_it_out(client):
    answer = ask(client, "nothing got approved for the 52 yo woman, right?")
    assert answer["lead"].startswith("Yes: 2 letters fit the 52-year-old woman equally. In CM16-0231745, all 5 requests "
                                     "were denied (upheld). In CM17-0000859, the one request was denied (upheld).")


def test_a_claim_told_before_another_question_is_no_claim_to_confirm():
    from service.flows.chosen import claims_all
    from service.understand import understand

    assert claims_all(understand("none of his requests were denied?"))
    assert claims_all(understand("nothing was approved for her, right?"))
    assert not claims_all(understand("why was none of it approved?"))
    assert not claims_all(understand("after IMR overturned both of her denials, were they decided on the same day?"))
