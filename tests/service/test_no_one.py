"""A question asked as of the asker's own case, or of one patient's other requests, that names no
case and describes no patient is no letter's (service.no_one, service.flows.no_one): the answer says
so, gives what holds across the letters and asks for the case number or a description, the nearest
decisions as related. Real letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

from service.no_one import no_one_named
from service.understand import understand
from tests.conftest import ask, served_client

# two physical therapy denials (CM17-0018279, CM17-0013754) and an approved naproxen (CM17-0019011)
client = served_client("CM17-0018279", "CM17-0013754", "CM17-0019011")


def test_which_questions_name_no_one() -> None:
    assert no_one_named(understand("my PT got denied, can I appeal?"))
    assert no_one_named(understand("why did they deny my MRI?"))
    assert no_one_named(understand("besides the meds, what else was denied?"))
    assert no_one_named(understand("other than medications, what got approved?"))
    # how to contest a decision, asked of none: "decision", "determination" and "challenge" tell no patient
    assert no_one_named(understand("how do I appeal an IMR decision"))
    assert no_one_named(understand("can I appeal the IMR determination?"))
    assert no_one_named(understand("how can we challenge the decision"))
    # a patient, a case, a symptom, a job or a quantity may tell the one meant; a question across letters
    assert not no_one_named(understand("my husband is 54, why was his MRI denied?"))
    assert not no_one_named(understand("CM17-0018279: my PT got denied, can I appeal?"))
    assert not no_one_named(understand("neurontin for nerve pain down my leg - did IMR ever approve it?"))
    assert not no_one_named(understand("I sew at a factory. Why did they deny my naproxen?"))
    assert not no_one_named(understand("Adjuster: cyclobenzaprine 7.5 #90 was requested and we authorized #63. "
                                       "What did IMR do with the other #27?"))
    assert not no_one_named(understand("why was the MRI denied?"))


def test_can_i_appeal_with_no_case_given(client):
    answer = ask(client, "my PT got denied, can I appeal?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "no_one_named")
    assert answer["answer"] == (
        "No case number was given and no patient described, so no letter in the index can be told to be the one "
        "meant. IMR is Independent Medical Review: a physician expert reviewer, in the same or a similar specialty, "
        "decides each disputed request that utilization review (UR) denied or modified (California Labor Code "
        "4610.5 and 4610.6). MAXIMUS Federal Services runs it for the Division of Workers' Compensation (DWC), and "
        "its decision is final and binding. The letters themselves say nothing of contesting it. Across the index, "
        "2 of the 2 physical therapy requests were denied (upheld) and 0 approved (overturned). To see how one "
        "request was decided, give its case number (such as CM16-0213037) or describe the patient (age, sex, how "
        "they were hurt); the nearest decisions are shown as related, not as the answer.")
    assert answer["citations"] == []
    assert {r["case_number"] for r in answer["related"]} >= {"CM17-0018279", "CM17-0013754"}


def test_what_else_with_no_patient_asks_for_one(client):
    answer = ask(client, "other than medications, what got approved?")
    assert answer["not_found"] == "no_one_named"
    assert answer["answer"].startswith("No case number was given and no patient described, so no letter in the "
                                       "index can be told to be the one meant. To see how one request was decided")
    besides = ask(client, "besides the meds, what else was denied?")
    assert besides["not_found"] == "no_one_named"
    # told of one patient, the same question is about their letter
    told = ask(client, "besides the meds, what else was denied for the 45 year old woman?")
    assert told["not_found"] != "no_one_named"


def test_a_follow_up_is_not_asked_of_no_one(client):
    # after a question about a patient's letter, "can I appeal?" is no question of no one's case
    history = [{"question": "why was the 45 year old woman's naproxen approved?",
                "items": [{"case_number": "CM17-0019011", "item_index": 1}]}]
    answer = ask(client, "my PT got denied, can I appeal?", history=history)
    assert answer["not_found"] != "no_one_named"


def test_the_decision_and_the_rest_read_by_their_one_readers() -> None:
    # service.no_one reads the decision's words with service.outcomes.WORD and the rest asked of with
    # service.besides.asks_besides (its own _OUTCOME and _REST_OF_ONE are gone): the same questions
    # name no one, and a word more still may tell the one meant
    for text in ("they turned it down, can I appeal?", "what happened to my MRI?",
                 "why did IMR uphold the denial of my PT?", "what was the reason they refused my TENS?",
                 "anything else approved?", "did they okay my PT?", "was my MRI covered?",
                 "apart from the PT, anything approved?", "what else did they decide?", "they said no to my PT, why?",
                 "except for the injections, did I get anything approved?"):
        assert no_one_named(understand(text)), text
    for text in ("my MRI got rejected, is that final?", "my epidural was upheld, what does that mean?"):
        assert not no_one_named(understand(text)), text
