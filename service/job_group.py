"""The patients a question names by a job in the plural ("which of the cooks got the hot cold
unit?"): every letter whose case summary prints that job ("a 37 year old female cook"). A job many
patients share names a group; the list asked is of their letters only."""

from __future__ import annotations

import re

from service.diagnosed import normalised, printed
from service.engine import Engine
from service.people import _LAY_JOB_NOUN

# "the cooks", "which of the truck drivers", "all the nursing assistants", "any truck drivers" (lazily: "the
# cooks", not "the ... cooks")
_PLURAL_JOB = re.compile(rf"\b(?:the|all|both|any)\s+((?:[a-z-]+\s+){{0,2}}?{_LAY_JOB_NOUN})s\b", re.IGNORECASE)


# what every letter calls its patient, no job: "the injured workers"
_ANY_PATIENT = re.compile(r"(?:(?:injured|industrially\s+injured|hurt)\s+)?(?:worker|employee|staffer)")


def plural_job(text: str) -> str | None:
    """The job a question names in the plural, singular and lowercase ("cook"), or None."""
    m = _PLURAL_JOB.search(text)
    job = normalised(m.group(1)) if m else None
    return None if not job or _ANY_PATIENT.fullmatch(job) else job


def job_group(engine: Engine, job: str) -> tuple[str, ...]:
    """The case numbers of the letters whose case summary prints `job`, in case order."""
    rows = engine.store.catalog.query(
        "SELECT l.case_number, group_concat(c.text, ' ') FROM letters l "
        "JOIN chunks c ON c.letter_id = l.id AND c.section = 'summary' GROUP BY l.id ORDER BY l.case_number")
    return tuple(case for case, summary in rows if printed((job,), summary or "") == 1.0)


__all__ = ["job_group", "plural_job"]
