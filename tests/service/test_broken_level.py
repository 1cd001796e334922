"""A broken vertebra told by its level ("an x-ray showing a C2 fracture", "he cracked C2") picks
the patient whose summary spells the level out ("cervical 2 vertebral ... fracture"):
service.diagnosed."""

from __future__ import annotations

from service.diagnosed import printed, symptoms_felt
from tests.conftest import ask, served_client

SUMMARY = ("The injured worker was diagnosed as having neck muscle strain, syncope, and cervical 2 vertebral "
           "unspecified type of fracture nondisplaced.")


def test_a_broken_level_is_told() -> None:
    assert symptoms_felt("my client had an x-ray showing a C2 fracture and the carrier still denied the CT") == (
        ("fracture", "c2"),)
    assert symptoms_felt("he passed out at work and cracked C2") == (("fracture", "c2"),)
    assert symptoms_felt("she fractured her L1 in the fall") == (("fracture", "l1"),)
    assert symptoms_felt("why was the C5-6 MRI denied?") == ()


def test_the_summary_spells_the_level_out() -> None:
    assert printed((), SUMMARY, (("fracture", "c2"),)) == 1.0
    assert printed((), SUMMARY, (("fracture", "c5"),)) == 0.0
    # a count of visits is no level
    assert printed((), "physical therapy for the cervical 2 times a week after a fracture", (("fracture", "c2"),)) == 0.0


# two cervical CTs: one approved after a C2 fracture on x-ray, one denied for a 53-year-old
necks = served_client("CM17-0005924", "CM17-0011703")


def test_the_c2_fracture_picks_the_patient_and_the_ct(necks):
    answer = ask(necks, "my client had an x-ray showing a C2 fracture and the carrier still denied the CT. "
                        "On what basis did IMR decide?")
    assert answer["answer"].startswith("Approved (Overturned): ")
    assert (answer["hits"][0]["case_number"], answer["hits"][0]["title"]) == (
        "CM17-0005924", "Retrospective CT scan of the cervical spine (DOS 11/18/16)")
