"""Whether IMR ever decides one way the remainder of a request UR partly authorised ("does IMR ever
approve the remaining portion?") is a count over every such remainder, with the reasons of both
outcomes. Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.understand import understand
from tests.conftest import ask, served_client

QUESTION = "When UR authorizes part of a request and the rest goes to IMR, does IMR ever approve the remaining portion?"


def test_a_question_over_the_remainders_counts():
    assert understand(QUESTION).kind == "count"
    # one patient's remainder stays theirs
    assert understand("was the 37 year old woman's remaining portion of baclofen ever approved?").kind != "count"


# partial hospitalisation overturned (UR authorised the evaluation only); PT 2 of 12 sessions and
# baclofen #3 of #30 upheld
client = served_client("CM17-0001749", "CM17-0013754", "CM16-0233904")


def test_the_remainders_counted_with_both_outcomes_reasons(client):
    text = ask(client, QUESTION)["answer"]
    assert text.startswith("Of 3 items left over from a request UR partly authorised in the index, 2 (67%) were upheld "
                           "(denied) and 1 (33%) overturned (approved).")
    assert text.index("The most frequent reasons for the approvals: ") < text.index("The most frequent reasons for the denials: ")


def test_how_many_ur_let_through_is_one_patient_s_item(client):
    # "the 45 yo man, PT 3x4 - how many had UR already approved?" was a count of his requests ("The
    # 45-year-old man (CM17-0013754) had 1 request for physical therapy: it was upheld (denied).")
    question = "the 45 yo man, PT 3x4 - how many had UR already approved?"
    assert understand(question).kind == "item"
    assert understand("how many acupuncture requests did they approve?").kind == "count"
    assert understand("how many did UR approve?").kind == "count"  # no one's: the collection
    text = ask(client, question)["answer"]
    assert ("The original request was Physical therapy evaluation and treatment 3 times a week for 4 weeks (12 sessions); "
            "Physical therapy for 10 sessions was authorized by the Claims Administrator (utilization review), and IMR "
            "decided the remaining portion [") in text


def test_ur_cutting_the_request_down_counts_the_remainders(client):
    # tune nat-3335 answered "126 upheld items are in the index.": the cut told in a person's words named no remainder
    text = ask(client, "UR cut the request down and then IMR denied the rest - how many times did that happen?")["answer"]
    assert text.startswith("2 upheld items left over from a request UR partly authorised are in the index, of 3 items left over from "
                           "a request UR partly authorised in all (67%).")
    text = ask(client, "how many times did UR cut the sessions and IMR approve the rest?")["answer"]
    assert text.startswith("1 overturned item left over from a request UR partly authorised is in the index, of 3 items left over "
                           "from a request UR partly authorised in all (33%).")


def test_how_many_more_one_patient_could_get_is_their_item() -> None:
    # "how many more could he get" was a count of his requests; the units left unsaid are the item's
    question = "the 50 yo man had 6 acupuncture sessions approved by UR - how many more could he get under the guideline"
    assert understand(question).kind == "item"
    assert understand("how many more MRIs were denied than approved").kind == "count"
