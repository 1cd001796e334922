"""A drug no letter decides, asked of a patient whom only what the question tells picks out among
look-alikes ("the 28 yo woman on light duty with the lumbar sprain": of two 28-year-old women, the one
whose summary prints both), is said to be missing from her letter, with what her letter did decide
(service.flows.item; nat-1872)."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two 28-year-old women: one on modified duty with a lumbar sprain (a lumbar MRI, upheld; ketoprofen
# only in her history), one hurt in a car accident (a thoracic MRI, upheld)
client = served_client("CM16-0246635", "CM17-0017776")


def test_the_patient_the_story_picks_lacks_the_drug(client) -> None:
    answer = ask(client, "did the 28 yo woman on light duty with the lumbar sprain get her ketoprofen approved?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    assert answer["answer"] == (
        "No letter in the index decides a request for ketoprofen. The letter of the patient described, case "
        "CM16-0246635, has no request for it either. Its letter decided 1 item: 1. \"MRI of the Lumbar spine without "
        "contrast\": denied (upheld).")
