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
