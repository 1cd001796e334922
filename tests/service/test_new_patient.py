"""The previous question asked of another patient told by an exact age ("why was the 61 yo woman's hip MRI
denied?" || "same question for the 62 yo woman"): her letter, not one a year off that has the first patient's
body part. Pure rules and a stub catalog, no index."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from service.conversation import Earlier, Resolved, resolve, without_parts
from service.new_patient import of_another_age, parts_dropped
from service.understand import Query, understand

HIP = "why was the 61 yo woman's hip MRI denied?"


def test_another_age_is_marked_and_the_same_age_is_not():
    got = resolve("same question for the 62 yo woman", [Earlier(question=HIP)])
    assert got.question == "why was the 62 yo woman's hip MRI denied?"
    assert got.carried == ("question: the previous one, for the 62 yo woman (another patient, of another age)",)
    assert of_another_age(got) is True
    got = resolve("what about the 61 yo man?", [Earlier(question=HIP)])
    assert got.carried == ("question: the previous one, for the 61 yo man",)
    assert of_another_age(got) is False


def test_the_parts_beside_a_treatment_are_dropped_not_a_part_naming_it():
    assert without_parts("why was the 62 yo woman's hip MRI denied?") == "why was the 62 yo woman's MRI denied?"
    assert without_parts("why was the 62 yo woman's right hip MRI denied?") == "why was the 62 yo woman's MRI denied?"
    assert without_parts("was the 50 yo man's physical therapy for the neck denied?") == (
        "was the 50 yo man's physical therapy denied?")
    assert without_parts("was the 37 yo woman's lumbar support denied?") == "was the 37 yo woman's lumbar support denied?"
    assert without_parts("was the 40 yo woman's tramadol denied?") == "was the 40 yo woman's tramadol denied?"


class _Catalog:
    def __init__(self, rows: list[tuple[str, str, str | None]]) -> None:
        self.rows = rows

    def query(self, _sql: str, params: list[object]) -> list[tuple[str, str, str | None]]:
        return self.rows if params[0] == 62 else []


def _query() -> Query:
    query = understand("why was the 62 yo woman's hip MRI denied?", today=date(2026, 12, 7))
    assert (query.person.age, query.person.sex, query.body_regions) == (62, "female", ("hip",))
    return query


def test_the_part_is_dropped_only_when_no_letter_of_that_age_has_it():
    resolved = Resolved(question="why was the 62 yo woman's hip MRI denied?",
                        carried=("question: the previous one, for the 62 yo woman (another patient, of another age)",))
    shoulder = SimpleNamespace(store=SimpleNamespace(catalog=_Catalog([("CM17-0014288", "mri", "shoulder")])))
    assert parts_dropped(shoulder, resolved, _query()) == "why was the 62 yo woman's MRI denied?"
    hip = SimpleNamespace(store=SimpleNamespace(catalog=_Catalog([("CM17-0014288", "mri", "hip")])))
    assert parts_dropped(hip, resolved, _query()) is None
    nobody = SimpleNamespace(store=SimpleNamespace(catalog=_Catalog([])))
    assert parts_dropped(nobody, resolved, _query()) is None
    plain = Resolved(question=resolved.question, carried=("question: the previous one, for the 62 yo woman",))
    assert parts_dropped(shoulder, plain, _query()) is None
