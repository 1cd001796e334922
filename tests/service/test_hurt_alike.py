"""How the patient was hurt, told of every letter the age and sex fit ("the 54 yo woman who fell":
two 54-year-old women's summaries record a fall), tells none of them apart: each one's requests are
answered, never one picked by chance (service.flows.fitting, service.mechanism.without_mechanisms).
Real letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

from service.mechanism import mechanisms, without_mechanisms
from tests.conftest import ask, served_client

# five 54-year-old women: two hurt in a fall (CM17-0002106: shoulder MRI, neck MRI, head CT; CM17-0010006:
# knee MRI, chiropractic, EMG/NCV; all denied), three told otherwise (CM17-0009282's sit-stand workstation
# and CM17-0001749's partial hospitalization approved)
client = served_client("CM17-0002106", "CM17-0010006", "CM17-0009282", "CM17-0013716", "CM17-0001749")


def test_a_fall_both_summaries_record_names_both_letters(client):
    answer = ask(client, "the 54 yo woman who fell, was anything NOT denied?")
    assert answer["lead"].startswith("No: 2 letters fit the 54-year-old woman equally. In CM17-0010006, none of the 6 "
                                     "requests was approved (overturned). In CM17-0002106, none of the 3 requests was "
                                     "approved (overturned).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0002106", "CM17-0010006"}


def test_one_treatment_of_both_is_each_ones(client):
    answer = ask(client, "the 54 yo woman who fell - was her MRI denied?")
    assert answer["lead"].startswith("Yes: 2 letters fit the 54-year-old woman equally and each has a request for MRI. In "
                                     "CM17-0010006, the one request for MRI was denied (upheld). In CM17-0002106, both "
                                     "requests for MRI were denied (upheld).")


def test_what_was_decided_of_both_is_each_ones(client):
    answer = ask(client, "54 yo woman, fell at work - what did IMR decide?")
    assert answer["lead"].startswith("2 letters fit the 54-year-old woman equally. In CM17-0010006, all 6 requests were denied "
                                     "(upheld). In CM17-0002106, all 3 requests were denied (upheld).")


def test_a_story_beyond_the_fall_still_tells_her_apart(client):
    answer = ask(client, "the 54 yo woman who fell and hit her head, was anything NOT denied?")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0002106"}


def test_who_slipped_is_a_fall() -> None:
    assert mechanisms("the 54 yo woman who slipped - anything approved?") == ("fall",)
    assert mechanisms("the man who slipped on ice") == ("slip or trip",)
    assert without_mechanisms("the 54 yo woman who fell, was anything NOT denied?") == (
        "the 54 yo woman who     , was anything NOT denied?")
