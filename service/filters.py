"""Client filters: validated, then turned into one SQL condition over the catalog's items.

This is the one evaluator of filters: retrieval (both the lexical and the dense side), counting
questions, /api/stats and /api/items all select items with `item_condition`.
"""

from __future__ import annotations

import re
from datetime import date

from typing import get_args

from indexer.errors import ImrError
from indexer.model import Family
from indexer.reasons import CODES
from indexer.treatments import SETS
from indexer.taxonomy import BODY_REGIONS, CATEGORIES

GUIDELINE_FAMILIES: tuple[str, ...] = get_args(Family)

ALLOWED = {
    "decision": "Upheld or Overturned",
    "case_number": "a case number like CM16-0213037",
    "category": "one of: " + ", ".join(CATEGORIES),
    "body_region": "one of: " + ", ".join(BODY_REGIONS),
    "guideline_source": "one of: " + ", ".join(GUIDELINE_FAMILIES),
    "reason": "a reason code: " + ", ".join(CODES),
    "treatment": "a treatment set: " + ", ".join(s.id for s in SETS),
    "date_from": "a decision date YYYY-MM-DD (inclusive)",
    "date_to": "a decision date YYYY-MM-DD (inclusive)",
}
CASE_RE = re.compile(r"^CM\d{2}-\d{7}$")
DECISION_WORDS = {"upheld": "Upheld", "denied": "Upheld", "overturned": "Overturned", "approved": "Overturned"}


class FilterError(ImrError):
    """A filter name or value the service does not know (400, naming the allowed ones)."""


def _bad(name: str, value: object) -> FilterError:
    return FilterError(f"filter {name}={value!r} is not valid: use {ALLOWED[name]}")


def validate(filters: dict[str, object] | None) -> dict[str, object]:
    """Check names and values; returns normalised filters (empty values dropped)."""
    out: dict[str, object] = {}
    for name, value in (filters or {}).items():
        if name not in ALLOWED:
            raise FilterError(f"unknown filter {name!r}: allowed filters are {', '.join(ALLOWED)}")
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise _bad(name, value)
        value = value.strip()
        if name == "decision":
            if value.lower() not in DECISION_WORDS:
                raise _bad(name, value)
            value = DECISION_WORDS[value.lower()]
        elif name == "case_number":
            value = value.upper()
            if not CASE_RE.match(value):
                raise _bad(name, value)
        elif name == "category":
            match = [c for c in CATEGORIES if c.lower() == value.lower()]
            if not match:
                raise _bad(name, value)
            value = match[0]
        elif name == "body_region":
            match = [r for r in BODY_REGIONS if r.lower() == value.lower()]
            if not match:
                raise _bad(name, value)
            value = match[0]
        elif name == "guideline_source":
            match = [g for g in GUIDELINE_FAMILIES if g.lower() == value.lower()]
            if not match:
                raise _bad(name, value)
            value = match[0]
        elif name == "reason":
            if value.lower() not in CODES:
                raise _bad(name, value)
            value = value.lower()
        elif name == "treatment":
            if value.lower() not in {s.id for s in SETS}:
                raise _bad(name, value)
            value = value.lower()
        elif name in ("date_from", "date_to"):
            try:
                date.fromisoformat(value)
            except ValueError:
                raise _bad(name, value) from None
        out[name] = value
    if "date_from" in out and "date_to" in out and out["date_from"] > out["date_to"]:  # type: ignore[operator]
        raise FilterError(f"filter date_from={out['date_from']} is after date_to={out['date_to']}")
    return out


def item_condition(filters: dict[str, object], *, item: str = "i") -> tuple[str, list[object]]:
    """A SQL condition (and its parameters) on `items AS i` for validated filters;
    `("1", [])` when there are none. Values always travel as parameters, never in the SQL text."""
    clauses: list[str] = []
    params: list[object] = []
    for name, value in filters.items():
        if name == "decision":
            clauses.append(f"{item}.decision = ?")
        elif name == "case_number":
            if isinstance(value, (list, tuple)):
                clauses.append(f"{item}.case_number IN ({','.join('?' * len(value))})")
                params.extend(value)
                continue
            clauses.append(f"{item}.case_number = ?")
        elif name == "category":
            clauses.append(f"{item}.category = ?")
        elif name == "body_region":
            clauses.append(f"EXISTS (SELECT 1 FROM item_regions r WHERE r.item_id = {item}.id AND r.region = ?)")
        elif name == "guideline_source":
            clauses.append(f"EXISTS (SELECT 1 FROM guideline_parts g WHERE g.item_id = {item}.id AND g.side = 'maximus' "
                           "AND g.family = ?)")
        elif name == "reason":
            clauses.append(f"EXISTS (SELECT 1 FROM item_reasons x WHERE x.item_id = {item}.id AND x.code = ?)")
        elif name == "treatment":
            clauses.append(f"EXISTS (SELECT 1 FROM item_treatments t WHERE t.item_id = {item}.id AND t.treatment = ?)")
        elif name == "date_from":
            clauses.append(f"{item}.decision_day >= ?")
            value = int(str(value).replace("-", ""))
        elif name == "date_to":
            clauses.append(f"{item}.decision_day <= ?")
            value = int(str(value).replace("-", ""))
        else:
            raise FilterError(f"unknown filter {name!r}: allowed filters are {', '.join(ALLOWED)}")
        params.append(value)
    return (" AND ".join(clauses) or "1"), params
