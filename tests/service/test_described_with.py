"""A patient described by the treatments in a "with ..." list, one of them asked: the others still tell
who the patient is, each at the body part told with it ("the man with the acupuncture and the neck MRI
- did the acupuncture go through?": the letter whose MRI is of the neck; service.described_with,
service.patients.having_story_at_parts). Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from indexer.treatments import find_treatments
from service.described_with import described_with
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("text", "listed"), [
    ("the man with the acupuncture and the neck MRI - did the acupuncture go through?", ["acupuncture", "mri", "imaging"]),
    ("28 yo woman with the lumbar MRI - was her epidural approved?", ["mri", "imaging"]),
    ("guy who had acupuncture and an MRI of the neck, was his acupuncture approved", ["acupuncture", "mri", "imaging"]),
    # what she was on, told after a word that says so, describes no request of hers
    ("the lady with acid reflux from naproxen - was the protonix approved?", []),
    ("treated with PT and meds - why was the MRI denied", []),
])
def test_the_treatments_a_patient_is_described_with(text: str, listed: list[str]) -> None:
    assert [t for t, _w in described_with(text, find_treatments(text))] == listed


def test_a_treatment_the_asking_part_leaves_out_still_tells_who_the_patient_is() -> None:
    query = understand("the man with the acupuncture and the neck MRI - did the acupuncture go through?")
    assert (query.treatments, query.story_treatments) == (("acupuncture",), ("mri", "imaging"))


# a 60-year-old man's acupuncture (overturned) and MRI of the neck and right hand; a 53-year-old man's
# acupuncture remainder (upheld), lumbar MRI and cervical CT; a 28-year-old woman's lumbar MRI; a 28-year-old
# woman's thoracic MRI and TENS; a 28-year-old woman's L5-S1 epidural injections (no MRI)
client = served_client("CM16-0230548", "CM17-0011703", "CM16-0246635", "CM17-0017776", "CM16-0247274")


def test_the_treatment_told_with_its_part_picks_the_patient(client):
    answer = ask(client, "the man with the acupuncture and the neck MRI - did the acupuncture go through?")
    assert answer["answer"].startswith('Yes: "Acupuncture 3 times a week for 2 weeks, neck, right hand and head" '
                                       "was approved (overturned: authorised) [1].")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0230548"}
    lumbar = ask(client, "the man with the acupuncture and the lumbar MRI - did the acupuncture go through?")
    assert {c["case_number"] for c in lumbar["citations"]} == {"CM17-0011703"}


def test_the_patient_told_by_a_part_told_treatment_lacks_the_one_asked(client):
    answer = ask(client, "28 yo woman with the lumbar MRI - was her epidural approved?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    assert answer["answer"].startswith("The letter of the patient described, case CM16-0246635, has no request for epidural.")


@pytest.mark.parametrize(("text", "asked", "told"), [
    ("the man with the TENS unit and the wedge pillow, did he get the wrist braces?", ["brace"], ["tens", "dme", "pillow", "pillow_bed"]),
    # asked again after the list: asked
    ("the woman with the TENS unit and the brace - was the brace approved?", ["brace"], ["tens", "dme"]),
    # both in the list, nothing asked apart: both asked
    ("the 50 yo lady with neck acupuncture and PT - did she get either?", ["acupuncture", "physical_therapy"], []),
])
def test_the_treatments_named_only_in_the_list_tell_who_the_patient_is(text: str, asked: list[str], told: list[str]) -> None:
    query = understand(text)
    assert (list(query.treatments), list(query.story_treatments)) == (asked, told)


@pytest.mark.parametrize(("text", "told"), [
    ("my wife is 28, they denied her lumbar MRI, did they also deny her epidural?", ["mri", "imaging"]),
    ("his neck MRI got denied - what about the PT?", ["mri", "imaging"]),
    # a finding of an MRI is no decided request
    ("my wife's MRI showed a herniated disc, why was the epidural denied?", []),
])
def test_a_request_told_as_decided_tells_who_the_patient_is(text: str, told: list[str]) -> None:
    assert list(understand(text).story_treatments) == told


def test_the_patient_told_by_a_decided_request_lacks_the_one_asked(client):
    answer = ask(client, "my wife is 28, they denied her lumbar MRI, did they also deny her epidural?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    assert answer["answer"].startswith("The letter of the patient described, case CM16-0246635, has no request for epidural.")
