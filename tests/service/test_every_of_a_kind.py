"""Whether every request of a kind had an outcome ("were both pantoprazole requests denied?", "were all
the MRI requests denied?"), asked of no patient or case, is a list across letters whose lead says yes
or no first, the requests that make a "No" listed first. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two upheld pantoprazole requests in two letters; MRIs: one overturned (CM16-0246624), two upheld
client = served_client("CM16-0249170", "CM17-0013716", "CM16-0246624", "CM16-0239607", "CM16-0245128")


def test_both_of_a_kind_denied_is_yes_with_each_cited(client):
    answer = ask(client, "were both pantoprazole requests denied?")
    assert answer["kind"] == "list"
    assert answer["answer"].startswith("Yes: both pantoprazole requests in the index were denied (upheld). ")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0249170", "CM17-0013716"}


def test_all_of_a_kind_approved_is_no_when_none_was(client):
    answer = ask(client, "were all the pantoprazole requests approved?")
    assert answer["answer"].startswith("No: none of the 2 pantoprazole requests in the index was approved (overturned); "
                                       "both were denied (upheld). ")


def test_the_exception_leads_when_not_all_were_denied(client):
    answer = ask(client, "were the MRI requests all denied?")
    assert answer["answer"].startswith("No: 2 of the 3 MRI requests in the index were denied (upheld); 1 was approved "
                                       '(overturned). CM16-0246624: "MRI scan of the cervical spine", overturned (approved) [1].')


def test_a_patients_requests_stay_theirs(client):
    # "both her requests" is one patient's (all 4 of them), not every request of a kind
    answer = ask(client, "the 54 year old woman - were both her requests denied?")
    assert answer["kind"] == "item"
    assert answer["answer"].startswith("Yes: in CM17-0013716, all 4 requests were denied (upheld) [1][2][3][4]. ")
