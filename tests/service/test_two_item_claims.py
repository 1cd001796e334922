"""Claims and choices over two items of one letter (hand32): a which-of question whose premise fails for
both says "Neither:" (service.choice.asks_which, service.compose.item.corrections); a yes over two things of
which the letter has one is no "Yes" (service.yes_no.yes_no_sentence); a terse claim of each ("X ok but Y
no?", "X approved but Y not?", "X yes, Y no?") is confirmed or corrected item by item (service.terse), and
"gave X but not Y" of one treatment is told apart by the body part (service.premises). Real letters, the
real model, real HTTP (/api/ask)."""

from __future__ import annotations

from service.choice import asks_which
from service.terse import terse_claims
from service.unnamed import asked_together
from tests.conftest import ask, served_client

# CM17-0010362: a 54-year-old man's PT for the cervical and for the lumbar spine, both denied; CM17-0011992: a
# 47-year-old man's PRP injection, denied, and nothing else; CM16-0230548: a 60-year-old man's neck and hand
# MRI, denied, and his acupuncture, approved
client = served_client("CM17-0010362", "CM17-0011992", "CM16-0230548")

NECK = '"Physical therapy for the cervical spine 2 times a week for 3 weeks"'
BACK = '"Physical therapy for the lumbar spine 2 times a week for 3 weeks"'


def test_which_is_asked_by_a_clause_that_opens_with_it():
    assert asks_which("which of the 54 yo man's PT was approved, neck or back?")
    assert asks_which("the 54 yo man - which one got approved?")
    assert not asks_which("the PT which was denied - why?")


def test_which_of_two_when_neither_had_the_outcome(client):
    answer = ask(client, "which of the 54 yo man's PT was approved, neck or back?")
    assert answer["lead"].startswith(f"Neither: {NECK} [1] and {BACK} [2] were denied (upheld: not authorised).")


def test_which_of_them_when_none_had_the_outcome(client):
    answer = ask(client, "which of the 54 yo man's PT requests weren't denied?")
    assert answer["lead"].startswith(f"None: {BACK} [1] and {NECK} [2] were denied (upheld: not authorised).")


def test_two_things_asked_together():
    assert asked_together("the 47 yo guy's PRP shot and the acupuncture - both denied?", ("PRP", "acupuncture"), ["acupuncture"])
    assert asked_together("was his retro neck CT and his knee MRI approved?", ("CT", "MRI"), ["MRI"])
    # ... not one told apart in the story
    assert not asked_together("facet inj L4-5 + L5-S1 non-cert'd 11/16, provider also pushing an ESI. IMR upheld?",
                              ("facet", "ESI"), ["ESI"])


def test_no_yes_of_two_when_one_was_not_requested(client):
    answer = ask(client, "the 47 yo guy's PRP shot and the acupuncture - both denied?")
    assert answer["lead"].startswith('Case CM17-0011992 has no request for acupuncture. Only one of them was requested: the '
                                     'denial of "One platelet-rich plasma injection to the right knee" was upheld; it was not '
                                     'authorised [1].')
    # ... a no stands: the one requested was decided otherwise
    answer = ask(client, "the 47 yo guy's PRP shot and the acupuncture - both approved?")
    assert answer["lead"].startswith('Case CM17-0011992 has no request for acupuncture. No: the denial of "One platelet-rich '
                                     'plasma injection to the right knee" was upheld')


def test_terse_claims_are_read_at_the_ends_of_their_clauses():
    assert terse_claims("the 54 yo man's neck PT ok but back PT no?") == [(24, "Overturned"), (39, "Upheld")]
    assert terse_claims("neck PT approved but back PT not?") == [(29, "Upheld")]
    assert terse_claims("the PRP yes, the acupuncture no?") == [(8, "Overturned"), (29, "Upheld")]
    # an answer typed in, or a choice: no claim
    assert terse_claims("was the PT denied, yes or no?") == []
    assert terse_claims("was the PT approved or not?") == []
    assert terse_claims("the PT was denied, no?") == []


def test_a_terse_claim_of_each_is_confirmed_or_corrected(client):
    wrong = f"No: {NECK} was denied (upheld), not approved [1]. {BACK} was denied (upheld), as the question says [2]."
    for question in ("the 54 yo man's neck PT ok but back PT no?", "the 54 yo man's neck PT approved but back PT not?",
                     "the 54 yo man: neck PT yes, back PT no?", "the 54 yo man - they gave neck PT but not back PT?"):
        assert ask(client, question)["lead"].startswith(wrong), question
    answer = ask(client, "the 60 yo man who hit his head - acupuncture ok but MRI no?")
    assert answer["lead"].startswith('Yes: "Acupuncture 3 times a week for 2 weeks, neck, right hand and head" was approved '
                                     '(overturned) [1]. "MRI of neck and right hand without contrast" was denied (upheld) [2].')
