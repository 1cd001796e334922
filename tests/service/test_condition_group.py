"""A plural of people with a condition is a group across letters: the letters whose case summary names
the condition, their requests listed with their decisions and the outcome asked counted, each letter cited
at the summary's sentence that names it (service.condition_group, service.flows.condition). Tune-half
real letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

from service.condition_group import names_condition, read_condition, wordings
from service.topic import topic_tokens
from service.understand import understand
from tests.conftest import ask, served_client

# carpal tunnel: "status post carpal tunnel" (CM16-0249170, Pantoprazole denied); "rule out carpal tunnel
# syndrome" (CM16-0248034, whose EMG/NCS IMR approved) is only suspected; "along the carpal tunnels in the left
# wrist" is the anatomy (CM17-0013625). A rotator cuff tear: "tear of the supraspinatus" (CM17-0006797, a shoulder surgery
# and its add-ons denied), "partial tear of the distal supraspinatus tendon" (CM17-0003890); the rotator
# cuff only tender is none (CM17-0014288)
client = served_client("CM16-0248034", "CM16-0249170", "CM17-0013625", "CM17-0006797", "CM17-0003890", "CM17-0014288")


def test_the_condition_a_plural_of_people_is_told_by() -> None:
    assert read_condition("did they approve anything for people with carpal tunnel?") == "carpal tunnel"
    assert read_condition("any approvals for people with rotator cuff tears?") == "rotator cuff tears"
    assert read_condition("were any requests approved for workers with a herniated disc?") == "herniated disc"
    assert read_condition("what happened to claimants with CRPS?") == "CRPS"
    assert read_condition("people with gout - anything approved?") == "gout"
    assert read_condition("folks who have chronic low back pain: any MRIs approved?") == "low back pain"
    # asked of with "which" or "how many", no "who" (they were answered "No letter ... decides a request for tunnel")
    # ... or by what their injuries came from (nat-3552: "No letter decides a request for cumulative trauma")
    assert read_condition("workers whose injuries came from cumulative trauma - did IMR approve anything for any of "
                          "them?") == "cumulative trauma"
    assert read_condition("claimants whose injury was caused by repetitive lifting: any PT approved?") == "repetitive lifting"
    assert read_condition("which patients had carpal tunnel?") == "carpal tunnel"
    assert read_condition("how many workers have a herniated disc?") == "herniated disc"
    assert read_condition("which patients had MRIs denied?") == ""
    assert read_condition("which patients had surgery?") == ""
    # a request, a decision or a count is no condition; one patient is service.people's
    assert read_condition("patients with denied MRIs") == ""
    assert read_condition("people with more than two requests") == ""
    assert read_condition("patients with a denied MRI") == ""
    assert read_condition("patients with UR modifications") == ""
    assert read_condition("people with a lawyer") == ""
    assert read_condition("the woman with carpal tunnel - was her brace approved?") == ""
    # a few counted are particular people (service.people, service.groups)
    assert read_condition("two young women with low back strain on light duty, 27 and 28 - why was the older one's "
                          "MRI denied?") == ""
    assert understand("two women with right shoulder pain, 61 and 62 - why was the younger one's hip MRI "
                      "denied?").condition == ""


def test_the_wordings_of_a_condition() -> None:
    assert wordings("CRPS") == ("crps", "complex regional pain syndrome", "reflex sympathetic dystrophy", "rsd")
    assert wordings("rotator cuff tears") == ("rotator cuff tear", "supraspinatus tear", "infraspinatus tear",
                                              "subscapularis tear", "teres minor tear")
    assert wordings("lupus") == ("lupus",)


def test_a_summary_names_a_condition_in_its_own_order() -> None:
    assert names_condition("carpal tunnel", "Diagnoses included status post carpal tunnel.")
    assert names_condition("carpal tunnel", "bilateral carpal tunnel syndrome, rule out cervical radiculopathy")
    assert not names_condition("carpal tunnel", "tenderness along the carpal tunnels in the left wrist")
    assert names_condition("rotator cuff tears", "increased signal within the rotator cuff consistent with at least "
                                                 "partial tear")
    assert names_condition("rotator cuff tears", "an almost full-thickness tear of the supraspinatus")
    assert not names_condition("rotator cuff tears", "Tenderness also noted in the right biceps tendon and rotator cuff.")
    assert names_condition("a herniated disc", 'treated for "herniated intervertebral disc of lumbar spine')
    assert names_condition("herniated disc", "cervical and lumbar spine herniated nucleus pulposus")
    assert names_condition("CRPS", "a diagnosis of complex regional pain syndrome of the right arm")


def test_people_and_folks_name_no_treatment() -> None:
    assert topic_tokens(understand("did folks get the sauna approved?")) == frozenset({"sauna"})
    assert topic_tokens(understand("do people get the sauna approved?")) == frozenset({"sauna"})


def test_anything_approved_for_people_with_carpal_tunnel(client) -> None:
    # was "Yes: 1 of the 2 requests ...": CM16-0248034's EMG/NCS, of a carpal tunnel syndrome to rule out
    answer = ask(client, "did they approve anything for people with carpal tunnel?")
    assert answer["kind"] == "list"
    assert answer["lead"] == ("No: the one request of patients with carpal tunnel in the index was not approved "
                              "(overturned): it was denied (upheld).")
    assert "The case summary that names carpal tunnel: CM16-0249170: " in answer["answer"]
    assert "status post carpal tunnel." in answer["answer"]
    assert "CM16-0248034" not in answer["answer"] and "rule out carpal tunnel" not in answer["answer"]
    assert "CM17-0013625" not in answer["answer"] and "people tunnel" not in answer["answer"]
    assert [c["role"] for c in answer["citations"]] == ["heading", "finding", "summary"]


def test_the_search_of_a_group_told_by_condition_ranks_their_items(client) -> None:
    # nat-3552: the search ranked other patients' approvals (CM16-0248034's EMG/NCS) first; the answer lists
    # the items of the letters whose summaries name the condition
    body = client.post("/api/search", json={"query": "did they approve anything for people with carpal tunnel?",
                                            "k": 5}).json()
    assert [(h["case_number"], h["request"]) for h in body["hits"]] == [
        ("CM16-0249170", "Pantoprazole 40mg, one by mouth, twice a day #60 with one refill")]


def test_what_was_decided_for_patients_with_carpal_tunnel_syndrome(client) -> None:
    answer = ask(client, "what was decided for patients with carpal tunnel syndrome")
    assert answer["lead"] == "The one request of patients with carpal tunnel syndrome in the index was denied (upheld)."
    assert 'CM16-0249170: "Pantoprazole 40mg, one by mouth, twice a day #60 with one refill", upheld (denied)' in answer["answer"]


def test_any_approvals_for_people_with_rotator_cuff_tears(client) -> None:
    answer = ask(client, "any approvals for people with rotator cuff tears?")
    assert answer["lead"] == ("No: none of the 6 requests of patients with rotator cuff tears in the index was approved "
                              "(overturned); all 6 were denied (upheld).")
    assert answer["not_found"] == "no_outcome"
    assert "The case summaries that name rotator cuff tears: CM17-0003890: " in answer["answer"]
    assert "CM17-0014288" not in answer["answer"] and "people tears" not in answer["answer"]


def test_a_condition_no_summary_names(client) -> None:
    answer = ask(client, "people with gout - anything approved?")
    assert answer["answer"] == ("No letter in the index is of a patient with gout: no case summary names it. The nearest "
                                "items are shown as related, not as the answer.")
    assert answer["not_found"] == "no_patient" and answer["related"]


def test_which_patients_had_a_condition(client) -> None:
    answer = ask(client, "which patients had carpal tunnel?")
    assert answer["lead"] == "The one request of patients with carpal tunnel in the index was denied (upheld)."
    assert answer["citations"][0]["case_number"] == "CM16-0249170"
