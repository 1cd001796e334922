"""Client filters: validated, then turned into one SQL condition over the catalog's items.

This is the one evaluator of filters: retrieval (both the lexical and the dense side), counting
and collection questions, /api/stats and /api/items all select items with `item_condition`.

Filters name what an item is (decision, category, body region, treatment set, reason code), what
its reviewer cited (guideline source, chapter, section; `guideline_side=claims` reads the claims
administrator's line instead), when it was decided, and what its letter says of the review and the
patient (priority, reviewer specialty, sex, age). A value may list several, comma-separated, for
`treatment`, `drug`, `body_region`, `guideline_source`, `reason`, `category` and `case_number`: any
of them. `drug` names one drug by its generic or a brand name (naproxen, Celebrex): the items whose
request names it by any of its names.
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
from service.drugs import drug_names

GUIDELINE_FAMILIES: tuple[str, ...] = get_args(Family)
NO_EVIDENCE = "none"  # guideline_source=none: the line cites no medical evidence at all
SIDES = ("maximus", "claims")
PRIORITIES = ("Standard", "Expedited")
SEXES = ("female", "male")
YES_NO = {"yes": "yes", "true": "yes", "1": "yes", "no": "no", "false": "no", "0": "no"}
MAX_TEXT = 160  # chapter, section and specialty names

ALLOWED = {
    "decision": "Upheld or Overturned",
    "case_number": "a case number like CM16-0213037 (comma-separated for several)",
    "category": "one of: " + ", ".join(CATEGORIES),
    "body_region": "one of: " + ", ".join(BODY_REGIONS),
    "guideline_source": "one of: " + ", ".join(GUIDELINE_FAMILIES) + f", {NO_EVIDENCE} (no medical evidence cited)",
    "reason": "a reason code: " + ", ".join(CODES),
    "treatment": "a treatment set: " + ", ".join(s.id for s in SETS),
    "drug": "a drug by its generic or brand name, e.g. naproxen or Celebrex (comma-separated for several)",
    "date_from": "a decision date YYYY-MM-DD (inclusive)",
    "date_to": "a decision date YYYY-MM-DD (inclusive)",
    "guideline_only": "one of: " + ", ".join(GUIDELINE_FAMILIES) + " (cited, and no other source)",
    "guideline_side": "maximus (the IMR reviewer's guideline line, the default) or claims (the claims administrator's)",
    "chapter": "a guideline chapter as cited, e.g. Low Back Complaints or Low Back Complaints 2004",
    "section": "a guideline section as cited, e.g. Physical medicine treatment",
    "source_name": "a source outside MTUS, ODG and ACOEM as cited, by its name or web host, e.g. uptodate.com",
    "priority": "Standard or Expedited",
    "specialty": "a reviewer certification as the letter lists it, e.g. Orthopedic Surgery",
    "sex": "female or male",
    "age_min": "an age in years (inclusive)",
    "age_max": "an age in years (inclusive)",
    "modified": "yes (the remainder of a request the claims administrator partly authorised) or no",
}
LISTS = frozenset({"case_number", "category", "body_region", "guideline_source", "reason", "treatment", "drug", "specialty"})
CASE_RE = re.compile(r"^CM\d{2}-\d{7}$")
DECISION_WORDS = {"upheld": "Upheld", "denied": "Upheld", "overturned": "Overturned", "approved": "Overturned"}
_CHOICES: dict[str, tuple[str, ...]] = {
    "category": CATEGORIES, "body_region": BODY_REGIONS, "guideline_source": (*GUIDELINE_FAMILIES, NO_EVIDENCE),
    "guideline_only": GUIDELINE_FAMILIES, "guideline_side": SIDES, "priority": PRIORITIES, "sex": SEXES,
    "reason": tuple(CODES), "treatment": tuple(s.id for s in SETS),
}
_SET_IDS = frozenset(s.id for s in SETS)


class FilterError(ImrError):
    """A filter name or value the service does not know (400, naming the allowed ones)."""


def _bad(name: str, value: object) -> FilterError:
    return FilterError(f"filter {name}={value!r} is not valid: use {ALLOWED[name]}")


def _one(name: str, value: str) -> object:
    """One value of a filter, normalised, or FilterError."""
    if name == "decision":
        if value.lower() not in DECISION_WORDS:
            raise _bad(name, value)
        return DECISION_WORDS[value.lower()]
    if name == "case_number":
        if not CASE_RE.match(value.upper()):
            raise _bad(name, value)
        return value.upper()
    if name in _CHOICES:
        match = [c for c in _CHOICES[name] if c.lower() == value.lower()]
        if not match:
            raise _bad(name, value)
        return match[0]
    if name == "drug":  # its generic name; the items are those whose request names it by any name
        if not (names := drug_names(value.strip())):
            raise _bad(name, value)
        return names[0].lower()
    if name in ("date_from", "date_to"):
        try:
            date.fromisoformat(value)
        except ValueError:
            raise _bad(name, value) from None
        return value
    if name in ("age_min", "age_max"):
        if not value.isdigit() or int(value) > 130:
            raise _bad(name, value)
        return int(value)
    if name == "modified":
        if value.lower() not in YES_NO:
            raise _bad(name, value)
        return YES_NO[value.lower()]
    if len(value) > MAX_TEXT or not value.strip():  # chapter, section, specialty: names as cited
        raise _bad(name, value)
    return " ".join(value.split())


def validate(filters: dict[str, object] | None) -> dict[str, object]:
    """Check names and values; returns normalised filters (empty values dropped; a list value
    where several were given)."""
    out: dict[str, object] = {}
    for name, value in (filters or {}).items():
        if name not in ALLOWED:
            raise FilterError(f"unknown filter {name!r}: allowed filters are {', '.join(ALLOWED)}")
        if value is None or value == "":
            continue
        if isinstance(value, int) and not isinstance(value, bool) and name in ("age_min", "age_max"):
            value = str(value)
        if isinstance(value, (list, tuple)) and name in LISTS and all(isinstance(v, str) for v in value):
            value = ",".join(value)
        if not isinstance(value, str):
            raise _bad(name, value)
        parts = [p.strip() for p in value.split(",")] if name in LISTS else [value.strip()]
        values = list(dict.fromkeys(_one(name, p) for p in parts if p))
        if not values:
            continue
        out[name] = values[0] if len(values) == 1 else values
    if "date_from" in out and "date_to" in out and out["date_from"] > out["date_to"]:  # type: ignore[operator]
        raise FilterError(f"filter date_from={out['date_from']} is after date_to={out['date_to']}")
    if "age_min" in out and "age_max" in out and out["age_min"] > out["age_max"]:  # type: ignore[operator]
        raise FilterError(f"filter age_min={out['age_min']} is above age_max={out['age_max']}")
    return out


def _in(column: str, values: list[object]) -> str:
    return f"{column} = ?" if len(values) == 1 else f"{column} IN ({','.join('?' * len(values))})"


def item_condition(filters: dict[str, object], *, item: str = "i") -> tuple[str, list[object]]:
    """A SQL condition (and its parameters) on `items AS i` for validated filters;
    `("1", [])` when there are none. Values always travel as parameters, never in the SQL text."""
    clauses: list[str] = []
    params: list[object] = []
    side = str(filters.get("guideline_side") or "maximus")
    parts = f"SELECT 1 FROM guideline_parts g WHERE g.item_id = {item}.id AND g.side = ?"
    letter = f"SELECT 1 FROM letters l WHERE l.id = {item}.letter_id AND"
    for name, value in filters.items():
        values = list(value) if isinstance(value, (list, tuple)) else [value]
        if name == "decision":
            clauses.append(f"{item}.decision = ?")
        elif name in ("case_number", "category"):
            clauses.append(_in(f"{item}.{name}", values))
        elif name == "body_region":
            clauses.append(f"EXISTS (SELECT 1 FROM item_regions r WHERE r.item_id = {item}.id AND {_in('r.region', values)})")
        elif name == "guideline_source":
            named = [v for v in values if v != NO_EVIDENCE]
            either = [f"EXISTS ({parts} AND {_in('g.family', named)})"] if named else []
            either += [f"NOT EXISTS ({parts})"] if NO_EVIDENCE in values else []
            clauses.append("(" + " OR ".join(either) + ")")
            params.extend(([side, *named] if named else []) + ([side] if NO_EVIDENCE in values else []))
            continue
        elif name == "guideline_only":
            clauses.append(f"(EXISTS ({parts} AND g.family = ?) AND NOT EXISTS ({parts} AND g.family != ?))")
            params.extend([side, value, side, value])
            continue
        elif name == "guideline_side":
            continue
        elif name == "chapter":
            clauses.append(f"EXISTS ({parts} AND (g.chapter = ? COLLATE NOCASE OR g.chapter || ' ' || g.year = ? "
                           "COLLATE NOCASE))")
            params.extend([side, value, value])
            continue
        elif name == "source_name":
            # "uptodate.com", "www.mdguidelines.com": the name, host or title the guideline line gives
            clauses.append(f"EXISTS ({parts} AND (g.name = ? COLLATE NOCASE OR g.host = ? COLLATE NOCASE "
                           "OR g.title = ? COLLATE NOCASE))")
            params.extend([side, value, value, value])
            continue
        elif name == "section":
            clauses.append(f"EXISTS (SELECT 1 FROM guideline_sections s WHERE s.item_id = {item}.id AND s.side = ? "
                           "AND s.section = ? COLLATE NOCASE)")
            params.extend([side, value])
            continue
        elif name == "reason":
            clauses.append(f"EXISTS (SELECT 1 FROM item_reasons x WHERE x.item_id = {item}.id AND {_in('x.code', values)})")
        elif name == "treatment":
            clauses.append(f"EXISTS (SELECT 1 FROM item_treatments t WHERE t.item_id = {item}.id AND "
                           f"{_in('t.treatment', values)})")
        elif name == "date_from":
            clauses.append(f"{item}.decision_day >= ?")
            values = [int(str(value).replace("-", ""))]
        elif name == "date_to":
            clauses.append(f"{item}.decision_day <= ?")
            values = [int(str(value).replace("-", ""))]
        elif name in ("priority", "sex"):
            clauses.append(f"EXISTS ({letter} l.{name} = ?)")
        elif name == "age_min":
            clauses.append(f"EXISTS ({letter} l.age >= ?)")
        elif name == "age_max":
            clauses.append(f"EXISTS ({letter} l.age <= ?)")
        elif name == "specialty":  # any of them: "a neuro" is a neurologist or a neurosurgeon
            one = f"instr(lower(', ' || l.reviewer_specialty || ', '), lower(', ' || ? || ', ')) > 0"
            clauses.append(f"EXISTS ({letter} ({' OR '.join([one] * len(values))}))")
        elif name == "modified":
            clauses.append(f"{item}.request {'' if value == 'yes' else 'NOT '}LIKE '%original request%'")
            continue
        elif name == "drug":  # "naproxen": its requests by any of its names (Naprosyn, Anaprox)
            names = [n for v in values for n in drug_names(str(v))]
            clauses.append("(" + " OR ".join([f"{item}.request LIKE ?"] * len(names)) + ")")
            values = [f"%{n}%" for n in names]
        else:
            raise FilterError(f"unknown filter {name!r}: allowed filters are {', '.join(ALLOWED)}")
        params.extend(values)
    return (" AND ".join(clauses) or "1"), params
