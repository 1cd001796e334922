"""Whether any reviewer had a specialty, asked as a yes/no ("were any of the reviewers orthopedic surgeons?", "was
any reviewer a neurologist?", "did an orthopedic surgeon review any of the cases?"): the letters whose reviewer has
it, listed as "which reviewers are orthopedic surgeons?" lists them (service.collection), not one letter's item.
Real letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

import pytest

from service.reviewers import read_reviewers
from service.understand import understand
from tests.conftest import ask, served_client

# CM17-0007857: acupuncture denied, reviewer Orthopedic Surgery; CM16-0246624: neck MRI approved, reviewer Neurology,
# Pain Management; CM17-0003890: PT denied, reviewer Family Practice
client = served_client("CM17-0007857", "CM16-0246624", "CM17-0003890")


@pytest.mark.parametrize(("question", "specialty"), [
    ("which reviewers are orthopedic surgeons?", "Orthopedic Surgery"),
    ("were any of the reviewers orthopedic surgeons?", "Orthopedic Surgery"),
    ("how many of the reviewers were neurologists?", "Neurology"),
    ("was any reviewer an orthopedic surgeon?", "Orthopedic Surgery"),
    ("my family doctor asked for PT and the reviewers denied it", None),
])
def test_the_specialty_said_of_the_reviewers(question: str, specialty: str | None) -> None:
    assert next((name for name, _span in read_reviewers(question)), None) == specialty


@pytest.mark.parametrize(("question", "kind"), [
    ("were any of the reviewers orthopedic surgeons?", "count"),
    ("was any reviewer an orthopedic surgeon?", "count"),
    ("did an orthopedic surgeon review any of the cases?", "count"),
    ("was the reviewer an orthopedic surgeon?", "item"),
])
def test_any_reviewer_asked_is_over_the_collection(question: str, kind: str) -> None:
    assert understand(question).kind == kind


def test_the_letters_of_any_reviewer_asked(client) -> None:
    answer = ask(client, "were any of the reviewers orthopedic surgeons?")
    assert answer["answer"] == (
        '1 letter has at least one item reviewed by a reviewer who is a specialist in Orthopedic Surgery. For example, '
        'CM17-0007857, denied: "Acupuncture for 8 sessions was the original request. Acupuncture for 6 sessions was '
        'authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Acupuncture '
        'for 2 sessions is: Upheld" [1].')
    assert [c["case_number"] for c in answer["citations"]] == ["CM17-0007857"]


def test_no_reviewer_of_the_specialty(client) -> None:
    answer = ask(client, "were any of the reviewers dermatologists?")
    assert answer["answer"] == (
        "No letter in the index was decided by a reviewer who is a specialist in Dermatology. The reviewers' specialties "
        "in the index: Family Practice, Neurology, Orthopedic Surgery, Pain Management.")
