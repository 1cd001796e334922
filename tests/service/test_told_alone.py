"""A case or a patient told with nothing asked ("CM17-0013625", "the 60 yo man who hit his head", "tell me about
CM17-0010885") is the letter's requests, each with its decision; after one of a patient's requests, "what got
approved?" is of that letter, and "how many visits did UR approve?" of that request. Real letters, the real model,
real HTTP (/api/ask with a conversation id)."""

from __future__ import annotations

import pytest

from service.conversation import Earlier, Fact, resolve
from tests.conftest import ask, served_client

# CM17-0010885: a 50-year-old woman, neck acupuncture and PT, both overturned; CM16-0230548: a 60-year-old man who
# hit his head, a neck and hand MRI upheld and acupuncture overturned; CM16-0231706: a 43-year-old woman, 12 chiro
# visits of which UR authorised 6, the other 6 upheld
client = served_client("CM17-0010885", "CM16-0230548", "CM16-0231706")


@pytest.mark.parametrize(("question", "lead"), [
    ("CM17-0010885", "In CM17-0010885, both requests were approved (overturned)."),
    ("tell me about CM17-0010885", "In CM17-0010885, both requests were approved (overturned)."),
    ("the 60 yo man who hit his head", "In CM16-0230548, 2 requests: 1 approved (overturned), 1 denied (upheld)."),
])
def test_a_case_or_patient_told_alone_is_every_request(client, question, lead):
    assert ask(client, question)["answer"].startswith(lead)


def test_what_got_approved_after_her_request_is_of_her_letter(client):
    ask(client, "the 50 yo woman's acupuncture", conversation_id="told-1")
    answer = ask(client, "what got approved?", conversation_id="told-1")
    assert answer["answer"].startswith("In CM17-0010885, both requests were approved (overturned).")


def test_the_units_asked_after_a_request_are_of_that_request() -> None:
    chiro = Fact(case_number="CM16-0231706", item_index=1, title="Chiropractic physiotherapy treatment 6 visits",
                 decision="Upheld")
    earlier = [Earlier(question="tell me about the 43 yo woman's chiro", items=(chiro,), kind="item")]
    resolved = resolve("how many visits did UR approve?", earlier)
    assert resolved.carried == ("item: Chiropractic physiotherapy treatment 6 visits (case CM16-0231706), from the "
                                "previous answer",)
    # ... and an outcome asked with nothing named is of the letter
    assert resolve("what got approved?", earlier).question == "what got approved in case CM16-0231706?"
    # (after a list across letters, it is the list's question for that outcome: test_other_outcome_follow_up.py)
    listed = [Earlier(question="which chiro requests were denied?", items=(chiro,), kind="list")]
    assert resolve("what got approved?", listed).question == "which chiro requests were approved?"


def test_a_treatment_named_after_a_patients_answer_is_of_their_letter_when_it_has_one() -> None:
    surgery = Fact(case_number="CM17-0006797", item_index=1, title="Right Shoulder Arthroscopy", decision="Upheld")
    letter = (surgery, Fact(case_number="CM17-0006797", item_index=3, title="Associated surgical service: Shoulder Brace",
                            decision="Upheld"),
              Fact(case_number="CM17-0006797", item_index=5, title="Associated surgical service: Physical Therapy "
                   "sessions, 12", decision="Upheld"))
    earlier = [Earlier(question="the 63 yo man with the shoulder surgery", items=(surgery,), kind="item", letter=letter)]
    assert resolve("was the brace approved?", earlier).question == "was the brace approved? [in case CM17-0006797]"
    assert resolve("and the PT?", earlier).question == "and the PT? [in case CM17-0006797]"
    # ... not a treatment his letter lacks, another patient, or a kind asked across letters
    assert resolve("was the TENS unit approved?", earlier).question == "was the TENS unit approved?"
    assert resolve("was the 37 yo woman's brace approved?", earlier).question == "was the 37 yo woman's brace approved?"
    assert resolve("are braces ever approved?", earlier).question == "are braces ever approved?"
    # "which of those were denied?" is of the letter's requests
    assert resolve("which of those were denied?", earlier).question == (
        "which requests were denied in case CM17-0006797?")


def test_the_brace_after_a_patients_surgery_is_his_brace(client):
    ask(client, "the 60 yo man who hit his head", conversation_id="told-2")
    answer = ask(client, "was the acupuncture approved?", conversation_id="told-2")
    assert answer["answer"].startswith('Yes: "Acupuncture 3 times a week for 2 weeks, neck, right hand and head" was '
                                       'approved (overturned: authorised) [1].')


def test_follow_ups_of_the_item_before_by_what_they_ask() -> None:
    naproxen = Fact(case_number="CM17-0013716", item_index=1, title="Naproxen 500mg #60", decision="Upheld")
    ppi = Fact(case_number="CM17-0013716", item_index=2, title="Pantoprazole 20mg #30", decision="Upheld")
    earlier = [Earlier(question="and the pantoprazole? [in case CM17-0013716]", items=(ppi,), kind="item",
                       letter=(naproxen, ppi))]
    # "that" is the pantoprazole; the naproxen after "because" its reason
    assert resolve("was that because of the naproxen?", earlier).question == (
        "was the Pantoprazole 20mg #30 in case CM17-0013716 because of the naproxen?")
    # "what did the guideline say?", "why was the rest denied?": of the item before
    for question in ("what did the guideline say?", "why was the rest denied?"):
        assert resolve(question, earlier).question == f"{question} [the Pantoprazole 20mg #30 in case CM17-0013716]"
