"""Outcome words in their role and the patient described, in answers over real letters: a
statement the user asks to confirm is a premise to check, "which were approved and which denied"
asks item by item, a request whose name looks like a job ("the home aide") is still a request,
and a body part only the patient's story names does not make their letter lack the item. Real
letters, the real model, real HTTP through Litestar's TestClient."""

from __future__ import annotations

import pytest

from tests.conftest import ask

# a home aide after abdominal surgery (upheld); a 60-year-old man's acupuncture (overturned) and
# MRI (upheld); a 37-year-old woman's cervical MRI (upheld); a 34-year-old man's cervical MRI (upheld)
CASES = ["CM16-0249735", "CM16-0230548", "CM16-0245128", "CM16-0239607"]


@pytest.fixture(scope="module")
def client(serve_real):
    with serve_real(CASES) as (client, _engine, _service):
        yield client


def items(answer: dict) -> set[tuple[str, int]]:
    return {(c["case_number"], c["item_index"]) for c in answer["citations"] if c["item_index"]}


AIDE = "Home aide 6 hours per day, 5 times a week for 4 weeks to assist with mobility, transfer…"


def test_a_request_named_like_a_job_is_the_request(client):
    answer = ask(client, "Why did UR deny the home aide, and did IMR agree?")
    assert answer["kind"] == "item"
    # "did IMR agree?" (with UR's denial) is answered yes or no first (service.yes_no)
    assert answer["answer"].startswith(f'Yes: the denial of "{AIDE}" was upheld; it was not authorised [1]. Denied (Upheld): ')
    assert items(answer) == {("CM16-0249735", 1)}


def test_a_statement_to_confirm_is_a_premise_checked_first(client):
    aide = ask(client, "For the 43 year old man after belly surgery, the home aide was approved by IMR, wasn't it?")
    assert aide["answer"].startswith(f'No: the denial of "{AIDE}" was upheld; it was not authorised [1]. Denied (Upheld): ')
    assert items(aide) == {("CM16-0249735", 1)}
    # a negated claim is answered with the fact in the question's own verb (service.yes_no.negated_opening): a
    # bare "No" would read both ways
    mri = ask(client, "The 34-year-old man's neck MRI wasn't denied, was it?")
    assert mri["answer"].startswith('No, it was denied: the denial of "MRI cervical spine without contrast" was upheld; it was '
                                    "not authorised [1]. Denied (Upheld): ")
    assert items(mri) == {("CM16-0239607", 1)}
    they = ask(client, "they didn't approve the 34-year-old man's neck MRI, did they?")
    assert they["answer"].startswith('Right, it was not approved: the denial of "MRI cervical spine without contrast" was upheld; '
                                     "it was not authorised [1]. Denied (Upheld): ")
    acupuncture = ask(client, "the 60 yo man's acupuncture wasn't approved, was it?")
    assert acupuncture["answer"].startswith('No, it was approved: "Acupuncture 3 times a week for 2 weeks, neck, right hand and '
                                            'head" was approved (overturned: authorised) [1]. Approved (Overturned): ')
    # ... a negative question asks the approval itself: its yes or no as before
    negative = ask(client, "wasn't the 34 yo man's neck MRI approved?")
    assert negative["answer"].startswith('No: the denial of "MRI cervical spine without contrast" was upheld; it was not '
                                         "authorised [1]. ")
    # a premise that holds is not corrected
    right = ask(client, "The 34-year-old man's neck MRI was denied, right?")
    assert right["answer"].startswith('Yes: the denial of "MRI cervical spine without contrast" was upheld; it was not authorised [1]. '
                                      "Denied (Upheld): ")


def test_approved_and_denied_in_one_question_ask_item_by_item(client):
    answer = ask(client, "Which requests for the 60-year-old man who hit his head were approved and which were denied?")
    assert items(answer) == {("CM16-0230548", 1), ("CM16-0230548", 2)}
    assert "IMR denied" not in answer["answer"] and "IMR approved" not in answer["answer"]
    assert "was approved (Overturned: authorised)" in answer["answer"]
    assert "was denied (Upheld: not authorised)" in answer["answer"]


def test_an_outcome_asked_of_one_persons_requests_is_no_filter(client):
    # his requests with that outcome, and only his
    approved = ask(client, "Which of the 60-year-old man's requests did IMR not agree with UR on?")
    assert items(approved) == {("CM16-0230548", 2)}
    # the letter's two requests told at once, the one asked about explained
    assert approved["answer"].startswith("In CM16-0230548, 1 of the 2 requests was approved (overturned). "
                                         "Approved (Overturned): ")
    # none of hers was approved: said so about her request, not another patient's approved one
    hers = ask(client, "Which of the 37-year-old woman's requests did IMR approve?")
    assert hers["answer"].startswith('IMR denied it: the denial of "MRI of the cervical spine without contrast" was '
                                     "upheld; it was not authorised [1]. Denied (Upheld): ")
    assert items(hers) == {("CM16-0245128", 1)}


def test_a_body_part_of_the_story_is_not_the_items(client):
    answer = ask(client, "I'm 37, female, my whole right side hurts and I get tingling in my face. Why was my MRI "
                         "approved?")
    assert answer["kind"] == "item"
    assert answer["answer"].startswith('IMR denied it: the denial of "MRI of the cervical spine without contrast" was '
                                       "upheld; it was not authorised [1]. Denied (Upheld): ")
    assert items(answer) == {("CM16-0245128", 1)}


def test_a_claim_about_every_request_checks_each_of_them(client):
    # "none ... approved, right?": every item of his letter, the approved one (which proves it wrong) first
    answer = ask(client, "none of the 60 year old man's stuff got approved after he hit his head, right?")
    assert items(answer) == {("CM16-0230548", 1), ("CM16-0230548", 2)}
    # ... her letter's requests told first, neither outcome taken from the claim, after its no ("none of ..."
    # claims every one of them)
    assert answer["answer"].startswith('No: in CM16-0230548, "Acupuncture 3 times a week for 2 weeks, neck, right hand and '
                                       'head" was approved (overturned) [1]. "MRI of neck and right hand without contrast" was '
                                       'denied (upheld) [2]. Approved (Overturned): ')
    assert "IMR approved it" not in answer["answer"]  # (its no said each one's decision: none corrected again)
    assert "was denied (Upheld: not authorised)" in answer["answer"]
