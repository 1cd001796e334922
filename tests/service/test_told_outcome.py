"""An outcome told as who the patient is ("the woman who got her naproxen approved") picks, of the letters the
description fits, the one whose request had that outcome (service.told_outcome). Over real letters, the real model
and real HTTP."""

from __future__ import annotations

from service.told_outcome import told_outcome
from tests.conftest import ask, served_client

# two women with a request for "Naproxen 500mg #60": a 45-year-old's approved, a 54-year-old's denied
client = served_client("CM17-0019011", "CM17-0013716")


def test_the_outcome_told_of_the_patient_and_its_thing() -> None:
    assert told_outcome("the woman who got her naproxen approved - why?") == ("Overturned", ("nsaid", "medication"))
    assert told_outcome("the lady whose naproxen got denied - why?") == ("Upheld", ("nsaid", "medication"))
    assert told_outcome("the guy that had his MRI turned down, how old is he?") == ("Upheld", ("mri", "imaging"))
    # ... not an outcome asked, nor one that tells no treatment
    assert told_outcome("was the woman's naproxen approved?") is None
    assert told_outcome("the woman who got her appeal approved - why?") is None


def test_the_told_outcome_picks_the_letter(client) -> None:
    answer = ask(client, "the woman who got her naproxen approved - why?")
    assert [c["case_number"] for c in answer["citations"][:2]] == ["CM17-0019011", "CM17-0019011"]
    assert answer["answer"].startswith("Approved (Overturned)")
    answer = ask(client, "the lady whose naproxen got denied - why?")
    assert answer["citations"][0]["case_number"] == "CM17-0013716"
    assert answer["answer"].startswith("Denied (Upheld)")
