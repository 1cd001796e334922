"""A reason offered as a thing the patient had, which the reviewer's finding says lacking: "was the 54 yo woman's CT
denied because she'd already had an MRI?" where the reviewer found "no documentation of an MRI being performed" is a
no, with that finding (service.reason_asked.contradicted_in_findings), never a yes by the word MRI alone."""

from __future__ import annotations

from service.reason_asked import said_lacking
from tests.conftest import ask, served_client


def test_a_thing_said_lacking_just_after_a_lack_word() -> None:
    sentence = ("Also, MRI scans are generally recommended as opposed to CT and there was no documentation of an MRI "
                "being performed.")
    assert said_lacking(["mri"], sentence)
    assert not said_lacking(["radicular", "symptoms"], "The applicant's superimposed radicular symptoms undermined any "
                                                       "theory of facetogenic pain here.")
    assert said_lacking(["rays"], "No plain films or x-rays are noted.")
    assert not said_lacking(["rays"], "Plain film x-rays revealed a C2 fracture, and there was no neurological deficit.")
    # ... not a lack twice over, which says she had it
    assert not said_lacking(["swallow", "pills"], "However, there was lack of clinical documentation indicating the "
                                                  "patient was not able to utilize oral capsules or tablets.",
                            {"pills": ("capsul", "tablet"), "swallow": ("utiliz",)})


# CM17-0002106: a 54-year-old woman; MRIs of the shoulder and neck, a head CT, all upheld
client = served_client("CM17-0002106")


def test_a_reason_the_finding_says_lacking_is_a_no(client) -> None:
    answer = ask(client, "was the 54 yo woman's CT denied because she'd already had an MRI?")["answer"]
    assert answer.startswith('No: the reviewer\'s findings say otherwise: "Also, MRI scans are generally recommended as '
                             'opposed to CT and there was no documentation of an MRI being performed." [1]')
