"""Of two letters whose patients fit a description equally, the one with a request for every one
of the treatments asked fits better (service.patients.having_every_asked): "im 50, my acupuncture
and extra PT" is the 50-year-old woman whose letter has both, not the 50-year-old man with
acupuncture only."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 50-year-old man's acupuncture (upheld); a 50-year-old woman's acupuncture and additional PT (both overturned)
client = served_client("CM17-0007857", "CM17-0010885")


def test_the_patient_whose_letter_has_every_treatment_asked(client):
    answer = ask(client, "im 50 my acupuncture and extra PT - UR said no. what happened at IMR")
    assert answer["lead"].startswith("Approved (Overturned)")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0010885"}
    # one treatment asked: both letters have acupuncture, the description alone tells them apart
    man = ask(client, "the 50 yo man's acupuncture - what happened at IMR?")
    assert {c["case_number"] for c in man["citations"]} == {"CM17-0007857"}
