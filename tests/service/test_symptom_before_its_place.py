"""A symptom said of the place it is felt in, before it ("the lady with the tingly face", "his numb
weak hands") tells the patient as "tingling in her face" does (service.diagnosed.symptoms_felt):
"did the 37 yo lady with the tingly face get her neck MRI approved?" answered another 37-year-old
woman's cervical MRI. Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.diagnosed import symptoms_felt
from tests.conftest import ask, served_client


def test_the_symptom_before_its_place() -> None:
    assert symptoms_felt("did the 37 yo lady with the tingly face get her neck MRI approved?") == (("tingly", "face"),)
    assert symptoms_felt("the 63 yo man with the numb weak hands") == (("numb", "hands"),)
    assert symptoms_felt("his numb pinky") == (("numb", "pinky"),)
    assert symptoms_felt("the numb feeling in her hand") == ()  # a feeling is no place


# two 37-year-old women's cervical MRIs, both upheld: one with tingling in her face and toes on the
# right (CM16-0245128), one without
client = served_client("CM16-0245128", "CM17-0016204")


def test_the_patient_told_by_the_symptom(client) -> None:
    answer = ask(client, "did the 37 yo lady with the tingly face get her neck MRI approved?")
    assert answer["answer"].startswith('No: the denial of "MRI of the cervical spine without contrast" was upheld')
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0245128"}
