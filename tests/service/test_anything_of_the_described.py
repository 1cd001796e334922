"""A yes or no of any request of a patient described by a treatment ("was anything for the 63 yo man
with the shoulder surgery overturned?": No, none of his 5), and the treatments a description names
pick the letter that has them all ("the 50 yo woman with acupuncture and PT", not the 50-year-old
woman with PT only). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.understand import understand
from tests.conftest import ask, served_client

# a 63-year-old man: a shoulder arthroscopy and its 4 associated services, all upheld; two 50-year-old
# women: neck PT (upheld), and acupuncture and PT (both overturned)
client = served_client("CM17-0006797", "CM17-0006045", "CM17-0010885")


def test_the_described_treatment_is_the_story_of_anything_asked() -> None:
    q = understand("was anything for the 63 yo man with the shoulder surgery overturned?")
    assert (q.treatments, q.story_treatments) == ((), ("surgery",))
    q = understand("were any of her requests denied, the 50 yo woman with acupuncture and PT?")
    assert (q.treatments, q.story_treatments) == ((), ("acupuncture", "physical_therapy"))


def test_anything_overturned_is_answered_no_of_every_request(client) -> None:
    answer = ask(client, "was anything for the 63 yo man with the shoulder surgery overturned?")
    assert answer["answer"].startswith("No: in CM17-0006797, none of the 5 requests was approved (overturned).")


def test_the_letter_with_every_treatment_told(client) -> None:
    answer = ask(client, "were any of her requests denied, the 50 yo woman with acupuncture and PT?")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0010885"}
    assert "In CM17-0010885, both requests were approved (overturned)." in answer["answer"]
