"""A kind asked about in general ("does IMR approve acupuncture for neck pain?", "MRIs of the arm:
any approved?") is a list across letters; when none has the outcome asked, the answer says so and
cites what was decided instead, and search returns that kind's items, not other approvals. Real
letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# three upheld MRIs of the hand or elbow (one of the neck and right hand, beside an approved
# acupuncture), and a letter whose neck acupuncture and physical therapy were both approved
client = served_client("CM16-0234464", "CM16-0230548", "CM16-0242302", "CM17-0010885")


def test_none_approved_cites_the_denials(client):
    answer = ask(client, "MRIs of the arm - elbow, wrist or hand: any approved?")
    assert answer["kind"] == "list"
    assert answer["answer"].startswith("None of the 3 upper extremity or elbow or wrist/hand MRI requests in the index "
                                       "was approved (overturned); all 3 were denied (upheld). ")
    assert {(c["case_number"], c["request"]) for c in answer["citations"] if c["request"]} >= {
        ("CM16-0234464", "Single positional MRI of the right hand"), ("CM16-0242302", "MRI without contrast of the right elbow")}


def test_search_for_an_outcome_none_has_returns_the_kind_asked(client):
    response = client.post("/api/search", json={"query": "MRIs of the arm - elbow, wrist or hand: any approved?", "k": 3})
    assert response.status_code == 200
    assert [h["decision"] for h in response.json()["hits"]] == ["Upheld", "Upheld", "Upheld"]
    assert all("MRI" in h["title"] for h in response.json()["hits"])


def test_a_kind_asked_about_in_general_is_a_list(client):
    answer = ask(client, "does IMR approve acupuncture for neck pain?")
    assert answer["kind"] == "list"
    assert answer["answer"].startswith("Yes: both cervical acupuncture requests in the index were approved (overturned).")


def test_whether_it_is_ever_approved_shows_the_denials_too(client):
    # "is it ever approved?" lists the approvals, then the other decision's items with their reasons
    answer = ask(client, "do they ever approve MRIs or acupuncture for the hand?")
    assert answer["kind"] == "list"
    assert answer["answer"].startswith("Yes: 1 of the 3 wrist/hand MRI / acupuncture requests in the index was approved "
                                       "(overturned). CM16-0230548: ")
    denied = answer["answer"][answer["answer"].index("The 2 denied (upheld): "):]
    assert "CM16-0234464" in denied and "CM16-0230548" in denied


def test_how_a_kind_fares_lists_every_outcome_with_its_count(client):
    # "how do X fare?" and "list them all" ask for the kind across letters, each outcome counted
    answer = ask(client, "How do hand MRIs fare at IMR? List them all.")
    assert answer["kind"] == "list"
    assert answer["answer"].startswith("2 wrist/hand MRI requests are in the index: 0 approved (overturned), "
                                       "2 denied (upheld). ")


def test_a_kind_ever_approved_after_a_dash_is_a_list(client):
    answer = ask(client, "acupuncture - ever approved at IMR?")
    assert answer["kind"] == "list"
    assert answer["answer"].startswith("Both acupuncture requests in the index were approved (overturned).")


def test_whether_they_approved_any_of_a_kind_is_a_list(client):
    # "did they approve any X?" asks of the kind across letters, as "were any X approved?" does;
    # "any of her ..." stays one patient's
    answer = ask(client, "did they approve any hand MRIs at all")
    assert answer["kind"] == "list"
    assert answer["answer"].startswith("No: none of the 2 wrist/hand MRI requests in the index was approved (overturned); "
                                       "both were denied (upheld). ")
    assert ask(client, "did IMR approve any acupuncture for the neck?")["answer"].startswith(
        "Yes: both cervical acupuncture requests in the index were approved (overturned).")


def test_a_claim_that_imr_never_approves_a_kind_shows_both_outcomes(client):
    # "never approves" selects the denials across letters, then shows the approvals that answer the claim
    answer = ask(client, "reviewers never approve acupuncture?")
    assert answer["kind"] == "list"
    assert answer["answer"].startswith("None of the 2 acupuncture requests in the index was denied (upheld); both were "
                                       "approved (overturned).")
    hands = ask(client, "is it true that IMR never approves hand MRIs?")
    assert hands["answer"].startswith("Both wrist/hand MRI requests in the index were denied (upheld).")


def test_only_the_outcome_listed_is_a_list(client):
    # nat-2566 ("list only the overturned MRIs") answered one MRI as an item
    from service.understand import understand

    assert understand("list only the overturned MRIs").kind == "list"
    assert understand("just show me the denied TENS units").kind == "list"
    answer = ask(client, "list only the approved acupuncture")
    assert answer["kind"] == "list"
    assert answer["answer"].startswith("Both acupuncture requests in the index were approved (overturned). CM16-0230548")


def test_any_of_a_kind_in_the_singular_is_a_list(client):
    # "any acupuncture approved?" of no patient is every acupuncture request, not the best-matching one
    answer = ask(client, "any acupuncture approved?")
    assert answer["kind"] == "list"
    assert answer["answer"].startswith("Yes: both acupuncture requests in the index were approved (overturned).")
    elbow = ask(client, "any MRI for an elbow approved?")
    assert elbow["answer"].startswith("No: the one elbow MRI request in the index was not approved (overturned): it was "
                                      "denied (upheld).")
