"""A patient told by age and sex and by the body parts that hurt, no treatment named ("the 53 yo man with neck
and back pain - what was requested?"): the letter with requests at every part told. A stub catalog, no index."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from service.patients import having_parts_told
from service.understand import understand

TODAY = date(2026, 12, 7)
ROWS = [("CM16-0232182", "lumbar"), ("CM16-0232182", "hip"), ("CM16-0246624", "cervical"),
        ("CM17-0011703", "lumbar"), ("CM17-0011703", "cervical"), ("CM16-0231745", None)]
CASES = ["CM16-0232182", "CM16-0246624", "CM17-0011703"]


class _Catalog:
    def query(self, _sql: str, params: list[object]) -> list[tuple[str, str | None]]:
        return [row for row in ROWS if row[0] in params]


ENGINE = SimpleNamespace(store=SimpleNamespace(catalog=_Catalog()))


def test_every_part_told_of_the_patient_is_in_the_letter():
    query = understand("the 53 yo man with neck and back pain - what was requested?", today=TODAY)
    assert having_parts_told(ENGINE, query, CASES) == {"CM17-0011703"}
    query = understand("the 53 year old man with low back and neck pain, what did IMR decide?", today=TODAY)
    assert having_parts_told(ENGINE, query, CASES) == {"CM17-0011703"}



def test_a_treatment_named_or_no_part_told_keeps_every_letter():
    query = understand("the 53 yo man with back pain - why was his acupuncture denied?", today=TODAY)
    assert having_parts_told(ENGINE, query, CASES) == set(CASES)
    query = understand("what was requested for the 53 yo man?", today=TODAY)
    assert having_parts_told(ENGINE, query, CASES) == set(CASES)
    query = understand("the 53 yo man with knee pain - what was requested?", today=TODAY)
    assert having_parts_told(ENGINE, query, CASES) == set(CASES)
    # one part of the spine, or parts where symptoms are felt: no narrowing ("neck pain and a numb left arm")
    query = understand("the 53 yo man with neck pain - what was requested?", today=TODAY)
    assert having_parts_told(ENGINE, query, CASES) == set(CASES)
    query = understand("the 53 yo man with neck pain and a numb left arm - what was requested?", today=TODAY)
    assert having_parts_told(ENGINE, query, CASES) == set(CASES)


def test_a_letter_whose_requests_name_no_part_contradicts_none():
    # "the 52 yo woman who hurt her back lifting": her "Spinal manipulation 1 times 8" names no part
    query = understand("what happened for the 52 yo woman who hurt her neck and back lifting?", today=TODAY)
    assert having_parts_told(ENGINE, query, ["CM16-0231745", "CM16-0246624"]) == {"CM16-0231745"}
