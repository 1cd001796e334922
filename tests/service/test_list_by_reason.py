"""A list that offers a reason ("which PT requests were denied because of too many visits?", "is there a
case where acupuncture was denied because it didn't help?") keeps the items whose reviewer gave it (its
reason code), each with the finding behind it. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# three physical therapy denials: 12 more visits beyond the guideline (low back; shoulder, elbow and wrist),
# and 8 more after 8 that did not help
client = served_client("CM17-0018279", "CM17-0015198", "CM17-0003890")


def test_a_list_keeps_the_items_with_the_reason_offered(client):
    answer = ask(client, "which PT requests were denied because of too many visits?")
    assert answer["kind"] == "list"
    assert answer["lead"] == ("The reviewer gave that reason (beyond the guideline's quantity or duration) in 2 of the 3 "
                              "denied (upheld) physical therapy requests in the index:")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0018279", "CM17-0015198"}
    assert ('"This request for 12 additional PT sessions by itself will exceed MTUS Chronic pain guideline recommended '
            'maximum number of PT sessions."') in answer["answer"]


def test_a_case_where_a_reason_was_given_is_any_patient(client):
    # "the patient" told by nothing, after "is there a case where": any patient, a list
    answer = ask(client, "is there a case where PT was denied because the patient already had too many visits?")
    assert answer["kind"] == "list"
    assert answer["lead"].startswith("Yes: the reviewer gave that reason (")
    assert "in 2 of the 3 denied (upheld) physical therapy requests in the index:" in answer["lead"]


def test_a_reason_no_reviewer_gave_is_said_so(client):
    answer = ask(client, "which PT requests were denied because there was no urine drug screen?")
    assert answer["lead"] == ("The reviewer gave that reason (opioid monitoring not documented) in none of the 3 denied "
                              "(upheld) physical therapy requests in the index.")


def test_whether_any_had_the_reason_is_the_list_too(client):
    # "were any X denied because ...?" asks which had it, not the reasons that recur
    answer = ask(client, "were any PT requests denied because of too many visits?")
    assert answer["kind"] == "list"
    assert answer["lead"] == ("Yes: the reviewer gave that reason (beyond the guideline's quantity or duration) in 2 of the 3 "
                              "denied (upheld) physical therapy requests in the index:")


def test_whether_any_had_a_reason_none_had_is_no(client):
    answer = ask(client, "were any PT requests denied because there was no urine drug screen?")
    assert answer["lead"] == ("No: the reviewer gave that reason (opioid monitoring not documented) in none of the 3 "
                              "denied (upheld) physical therapy requests in the index.")


def test_letters_where_the_reviewer_said_a_reason(client):
    # the reason said as the reviewer's, after "is there any letter where": the denials that have it
    answer = ask(client, "are there cases where the patient had no improvement from PT?")
    assert answer["kind"] == "list"
    assert answer["lead"] == ("Yes: the reviewer gave that reason (no documented functional improvement) in 2 of the 3 "
                              "denied (upheld) physical therapy requests in the index:")


def test_what_the_items_had_not_is_the_denials_reason(client):
    answer = ask(client, "which PT requests had no functional improvement?")
    assert answer["lead"] == ("The reviewer gave that reason (no documented functional improvement) in 2 of the 3 "
                              "denied (upheld) physical therapy requests in the index:")
