"""A follow-up asking the previous question of another patient told by an exact age ("why was the 61 yo woman's
hip MRI denied?" || "same question for the 62 yo woman"): the treatment is asked again, but the body part was the
first patient's. When a letter of exactly the age (and sex) told has the treatment, and none of them at that part,
the question is asked without the part, so that the patient told (not a letter a year off that has the part) is
the one answered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from indexer.treatments import find_treatments
from service.conversation import ANOTHER_AGE, Resolved, without_parts

if TYPE_CHECKING:
    from service.engine import Engine
    from service.understand import Query


def of_another_age(resolved: Resolved | None) -> bool:
    """Whether `resolved` asks the previous question of a patient of another age (service.conversation)."""
    return resolved is not None and any(ANOTHER_AGE in note for note in resolved.carried)


def parts_dropped(engine: Engine, resolved: Resolved, query: Query) -> str | None:
    """The resolved question without its body parts when letters of exactly the age told have the treatment asked,
    none of them at the parts; None when the question stands as resolved."""
    person = query.person
    wanted = {t for w in query.treatment_words for t, _w in find_treatments(w)}
    if not of_another_age(resolved) or person.age is None or not query.body_regions or not wanted:
        return None
    sex = " AND l.sex = ?" if person.sex else ""
    rows = engine.store.catalog.query(
        "SELECT l.case_number, t.treatment, r.region FROM letters l JOIN items i ON i.case_number = l.case_number "
        "JOIN item_treatments t ON t.item_id = i.id LEFT JOIN item_regions r ON r.item_id = i.id "
        f"WHERE l.age = ?{sex}", [person.age, *([person.sex] if person.sex else [])])
    held = [(t, r) for _c, t, r in rows if t in wanted]
    if not held or any(r in query.body_regions for _t, r in held):
        return None
    dropped = without_parts(resolved.question)
    return dropped if dropped != resolved.question else None
