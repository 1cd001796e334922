""""UR denied the 60 yo man's acupuncture - did IMR agree?" asks IMR's decision as a yes/no question:
the answer opens with the yes or no (service.yes_no), then the decision. "The acupuncture was
approved and the MRI denied, right?" claims one outcome per item: yes when both hold, else no,
naming the item decided otherwise. Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.outcomes import read_outcomes
from service.premises import by_clause
from service.yes_no import claimed, decision_asked
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("text", "asked"), [
    ("UR denied the 60 yo man's acupuncture - did IMR agree?", "Upheld"),
    ("UR denied the 60 yo man's acupuncture - did IMR overturn it?", "Overturned"),
    ("the 60 year old man's acupuncture: did the IMR reviewer side with the adjuster?", "Upheld"),
    ("UR turned down acupuncture for the 60 yo guy. did they reverse UR?", "Overturned"),
    ("the 60 year old man's acupuncture - was UR's denial upheld?", "Upheld"),
    ("the 60 yo man's acupuncture was denied, right?", "Upheld"),
    # a negative question asks the same as the positive one; a statement's negation is its claim
    ("the 45 year old woman's anti-inflammatory - didn't they deny it?", "Upheld"),
    ("wasn't the 60 yo man's acupuncture approved?", "Overturned"),
    ("UR denied it. didn't IMR agree?", "Upheld"),
    ("so the 41 year old guy didn't get his ibuprofen?", "Upheld"),
    ("the MRI was not approved, right?", "Upheld"),
    ("was the knee MRI approved or denied?", None),  # which one: no yes or no
    ("did IMR okay her Naprosyn or knock it back?", None),  # a choice of two: no yes or no
    ("did the reviewer rest the denial on the absence of GI risk factors or on the NSAID use itself?", None),
    ("was the knee MRI approved or not?", "Overturned"),
    ("UR denied his OxyContin; what did IMR decide?", None),
    ("why was the lumbar MRI denied?", None),
    # the part after a dash asks on its own, whoever a "who" before it describes (nat-2781)
    ("ok and the neck MRI for that same 54 yo lady who fell and gets dizzy - denied too?", "Upheld"),
    ("why was the MRI denied - and the CT?", None),
    ("the woman who had the knee MRI denied?", None),
    # the side taken: with the story's deniers ("them", the adjuster, the insurer) is upholding, backing the
    # doctor is overturning
    ("my wife is 54, the adjuster turned down her standing desk. did IMR agree with them?", "Upheld"),
    ("the adjuster turned down her standing desk. did IMR side with the insurer?", "Upheld"),
    ("the adjuster turned down her standing desk. did IMR back the doctor?", "Overturned"),
    ("did the reviewer back up UR on her MRI?", "Upheld"),
    # ... and "us" is whoever asks: the adjuster who denied it is UR's side (tests/service/test_asker_side.py)
    ("Adjuster here. We non-certified the lumbar MRI for our 28 y/o claimant. Did IMR back us up?", "Upheld"),
    ("did IMR back us up?", None),  # no side told
    ("MRI of my low back the doctor ordered - was it approved?", "Overturned"),  # "back" the body part
    # getting a thing asks its approval, whatever outcome tells who the patient is
    ("the guy whose shoulder surgery was denied, did he get the brace?", "Overturned"),
    ("the lady who had her PT approved - did she get the acupuncture?", "Overturned"),
    ("the brace was denied, did he get the PT?", None),
    # ... or a treatment named bare; not getting better or hurt
    ("the 60 year old man hit by a car, did he get acupuncture?", "Overturned"),
    ("did he get any PT?", "Overturned"),
    ("did she get better?", None),
    ("didn't the 63 yo guy get his nerve study?", "Overturned"),  # asked as the positive one
    ("did he get hurt at work?", None),
    # ... or getting it now: "is he getting ...?", "does he get ...?" (not "is she getting better?")
    ("is the 50 yo man getting his acupuncture?", "Overturned"),
    ("does the 54 yo man get his neck PT?", "Overturned"),
    ("is she getting better?", None),
    # lay words of IMR's decision: saying yes or no to it, winning or losing the appeal, throwing out the denial
    ("did IMR say yes to the 45 yo woman's naproxen?", "Overturned"),
    ("did IMR say no to her PT?", "Upheld"),
    # ... closing the question: "..., did IMR say yes", "her MRI - did they say no?" (no tag "no?" to confirm)
    ("my doctor wants a nerve test on my arm, I'm 46 female, did IMR say yes", "Overturned"),
    ("the 46 yo woman nerve test, did IMR say ok?", "Overturned"),
    ("the 62 yo lady shoulder MRI - did they say no?", "Upheld"),
    ("did the 61 yo woman win her appeal for the hip MRI?", "Overturned"),
    ("did the 61 yo woman lose her appeal?", "Upheld"),
    ("did IMR throw out the denial of the 24 yo man's CT?", "Overturned"),
    ("did they strike down UR's non-cert of her MRI?", "Overturned"),
    # "yes or no?" closing a question with no outcome word asks whether it was given; with one, that one
    ("my sister is 62. the shoulder MRI, yes or no?", "Overturned"),
    ("the ice machine for the 63 yo man y/n", "Overturned"),
    ("was the 45 yo woman's naproxen denied, yes or no?", "Upheld"),
    ("did the yes or no question get answered in the letter about the MRI", None),
    # the outcome alone after a comma asks it, whoever a "who" before it describes; not after a "why"
    ("lidocaine cream for the guy who smashed his hand, approved?", "Overturned"),
    ("the elbow MRI for the man who fell off a ladder, denied?", "Upheld"),
    ("why was the MRI for the man who fell off a ladder, denied?", None),
    # having it, asked with a modal; what a decision told means for her: whether she gets it
    ("so can she have the baclofen or not?", "Overturned"),
    ("may he keep his TENS unit?", "Overturned"),
    ("can I appeal?", None),
    ("the baclofen for the 37 yo woman was upheld. does that mean she gets it?", "Overturned"),
    ("UR denied his PT, did he get it?", "Overturned"),
    ("did IMR cover her PT?", "Overturned"),
    # the meaning of a decision word asked of her item: whether she gets it, no claim of the word's
    ('does "upheld" mean the 37 yo woman gets her baclofen?', "Overturned"),
])
def test_the_decision_a_yes_no_question_asks(text: str, asked: str | None) -> None:
    assert decision_asked(text) == asked


def test_agreeing_with_no_one_named_is_with_urs_denial() -> None:
    assert [(o.words, o.decision, o.role) for o in read_outcomes("UR denied it - did IMR agree?").found] == [
        ("denied", "Upheld", "ur"), ("IMR agree", "Upheld", "asked")]
    assert read_outcomes("I agree. why was it denied?").found[0].words == "denied"  # the asker agreeing: no outcome


def test_urs_denial_upheld_is_imrs_decision() -> None:
    found = read_outcomes("was UR's denial upheld?").found
    assert [(o.words, o.role) for o in found] == [("denial", "ur"), ("upheld", "asked")]


def test_each_thing_takes_the_outcome_said_of_it() -> None:
    text = "the acupuncture was approved and the MRI denied, right?"
    sets = [("acupuncture",), ("mri", "imaging")]
    assert by_clause(text, claimed(text), ("acupuncture", "MRI"), sets) == ["Overturned", "Upheld"]
    text = "did IMR deny the MRI and approve the acupuncture?"
    assert by_clause(text, claimed(text), ("MRI", "acupuncture"), sets) == ["Overturned", "Upheld"]


# a 60-year-old man: neck and hand MRI upheld, acupuncture overturned; a 50-year-old woman:
# acupuncture and additional physical therapy, both overturned
client = served_client("CM16-0230548", "CM17-0010885")
# the yes or no, then the decision in the words of the item's heading, which it cites [1]
APPROVED = '"Acupuncture 3 times a week for 2 weeks, neck, right hand and head" was approved (overturned: ' \
           "authorised) [1]."
DENIED = 'the denial of "MRI of neck and right hand without contrast" was upheld; it was not authorised [1].'


@pytest.mark.parametrize(("question", "lead"), [
    ("UR denied the 60 yo man's acupuncture - did IMR agree?", f"No: {APPROVED}"),
    ("UR denied the 60 yo man's acupuncture - did IMR overturn it?", f"Yes: {APPROVED}"),
    ("the 60 year old man's acupuncture - was UR's denial upheld?", f"No: {APPROVED}"),
    ("did the IMR agree with UR on the 60 year old man's MRI?", f"Yes: {DENIED}"),
    ("UR denied the 60 yo man's acupuncture - did IMR agree with them?", f"No: {APPROVED}"),
    ("UR denied the 60 yo man's acupuncture - did IMR back the doctor?", f"Yes: {APPROVED}"),
    ("UR denied the 60 yo man's MRI - did the reviewer side with the insurer?", f"Yes: {DENIED}"),
    # getting it, with no outcome word, asks whether it was approved
    ("did the 60 yo man get his MRI?", f"No: {DENIED}"),
    ("did the 60 yo man get his acupuncture", f"Yes: {APPROVED}"),
    ("is the 60 yo man getting his MRI?", f"No: {DENIED}"),
    ("did IMR say yes to the 60 yo man's acupuncture?", f"Yes: {APPROVED}"),
    ("did the 60 yo man win his appeal for the MRI?", f"No: {DENIED}"),
    ("did IMR throw out the denial of the 60 yo man's acupuncture?", f"Yes: {APPROVED}"),
    # ... asked in the future: his past decision, no yes or no that would read as a prediction
    ("will the 60 yo man get his MRI?", f"Past decision, not a prediction: {DENIED}"),
])
def test_one_item_yes_or_no_first(client, question: str, lead: str) -> None:
    assert ask(client, question)["answer"].startswith(lead)


def test_two_claims_that_hold(client) -> None:
    answer = ask(client, "the 60 yo man's acupuncture was approved and the MRI denied, right?")["answer"]
    assert answer.startswith('Yes: "Acupuncture 3 times a week for 2 weeks, neck, right hand and head" was approved '
                             '(overturned) [1]. "MRI of neck and right hand without contrast" was denied (upheld) [2].')


def test_two_claims_one_wrong(client) -> None:
    answer = ask(client, "the 50 yo woman's acupuncture was approved and the PT denied, right?")["answer"]
    assert answer.startswith('No: "Additional physical therapy, 1 to 2 times per week for 3 weeks, for the neck" was '
                             'approved (overturned), not denied [1].')


def test_which_of_two_gets_no_claims(client) -> None:
    answer = ask(client, "did the approval stick for the 60 year old man's acupuncture after he got hit on the head, "
                         "or only the MRI?")["answer"]
    # (the choice answered: which had the outcome asked, then the other; no claim of either checked)
    assert answer.startswith('"Acupuncture 3 times a week for 2 weeks, neck, right hand and head" [1] was approved '
                             '(overturned). "MRI of neck and right hand without contrast" [2] was denied (upheld). '
                             "Approved (Overturned): within the guideline's limits [3].")


ACUPUNCTURE = '"Initial acupuncture, 1 to 2 times per week for 4 weeks, for the neck"'
PT = '"Additional physical therapy, 1 to 2 times per week for 3 weeks, for the neck"'


def test_a_negated_claim_of_several_opens_with_the_fact_in_its_verb(client) -> None:
    # "weren't denied, right?" of two approvals: a bare "Yes" would read both ways
    held = ask(client, "the 50 yo woman's acupuncture and PT weren't denied, right?")
    assert held["answer"].startswith(f"Right, they were not denied: {ACUPUNCTURE} was approved (overturned) [1]. {PT} was "
                                     "approved (overturned) [2].")
    wrong = ask(client, "the 50 yo woman's acupuncture and PT weren't approved, right?")
    assert wrong["answer"].startswith(f"No, they were approved: {ACUPUNCTURE} [1] and {PT} [2] were approved (overturned: "
                                      "authorised).")
    # ... one holding and one not: the no names each, as before
    mixed = ask(client, "the 60 yo man's MRI and acupuncture weren't approved, right?")
    assert mixed["answer"].startswith('No: "Acupuncture 3 times a week for 2 weeks, neck, right hand and head" was approved '
                                      "(overturned), not denied [1].")


def test_agreeing_with_ur_asked_of_every_request_a_letter_has(client) -> None:
    # both of the letter's requests named: the no is said of them, not held back for the whole letter's answer
    answer = ask(client, "CM17-0010885 - UR denied the acupuncture and PT; did IMR agree with UR?")["answer"]
    assert answer.startswith(f"No: IMR approved them: {ACUPUNCTURE} [1] and {PT} [2] were approved (overturned: "
                             "authorised).")
