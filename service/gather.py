"""Gather: what a planned question needs from the index.

- `scope`: every item of the treatment (and body region) asked about, from the catalog's
  treatment sets, with its decision and reason codes: the population a pattern, a list or a count
  is about, and the base rate an answer states ("0 of 12 lumbar MRIs were approved").
- `missing`: the kinds of "not found": an unknown case number (with the nearest known one), a case
  that has no request for the treatment asked about, a treatment no letter has, filters that
  exclude everything.
"""

from __future__ import annotations

import msgspec

from indexer.treatments import SETS
from service.engine import Engine
from service.filters import item_condition
from service.understand import Query

LABELS = {s.id: s.label for s in SETS}
GROUPS = {s.id for s in SETS if s.includes}


class ScopeItem(msgspec.Struct, frozen=True):
    case_number: str
    item_index: int
    request: str
    title: str
    decision: str
    decision_date: str
    codes: tuple[str, ...]


class Scope(msgspec.Struct, frozen=True):
    """Every item the question is about (its treatment and regions, under the client's filters)."""

    items: tuple[ScopeItem, ...]
    label: str  # "lumbar MRI", in words
    treatments: tuple[str, ...]
    regions: tuple[str, ...]

    def with_decision(self, decision: str) -> list[ScopeItem]:
        return [i for i in self.items if i.decision == decision]

    def counts(self) -> dict[str, int]:
        up = sum(1 for i in self.items if i.decision == "Upheld")
        return {"total": len(self.items), "Upheld": up, "Overturned": len(self.items) - up}


def asked_sets(query: Query) -> tuple[str, ...]:
    """The treatment sets a question names: its specific ones, or its groups when it names only groups."""
    specific = tuple(t for t in query.treatments if t not in GROUPS)
    return specific or tuple(t for t in query.treatments if t in GROUPS)


def scope(engine: Engine, query: Query, filters: dict[str, object], *, regions: bool = True) -> Scope | None:
    """The items of the treatment sets the question names (None when it names none)."""
    sets = asked_sets(query)
    if not sets:
        return None
    where, params = item_condition({k: v for k, v in filters.items() if k != "decision"})
    clauses = [where, f"EXISTS (SELECT 1 FROM item_treatments t WHERE t.item_id = i.id AND t.treatment IN "
                      f"({','.join('?' * len(sets))}))"]
    params = [*params, *sets]
    used_regions = query.body_regions if regions else ()
    for region in used_regions:
        clauses.append("EXISTS (SELECT 1 FROM item_regions r WHERE r.item_id = i.id AND r.region = ?)")
        params.append(region)
    rows = engine.store.catalog.query(
        "SELECT i.id, i.case_number, i.item_index, i.request, i.title, i.decision, COALESCE(i.decision_date, ''), "
        "(SELECT group_concat(code, ' ') FROM item_reasons WHERE item_id = i.id) "
        f"FROM items i WHERE {' AND '.join(clauses)} ORDER BY i.decision_date DESC, i.case_number, i.item_index",
        params)
    items = tuple(ScopeItem(r[1], r[2], r[3], r[4], r[5], r[6], tuple((r[7] or "").split())) for r in rows)
    label = " ".join([*used_regions, " / ".join(LABELS.get(s, s) for s in sets)])
    return Scope(items=items, label=label, treatments=sets, regions=tuple(used_regions))


def unknown_case_hint(engine: Engine, case_number: str) -> str | None:
    """A known case number one keystroke away (a digit changed, dropped, doubled or two swapped)."""
    head, _, digits = case_number.partition("-")
    variants = set()
    for i in range(len(digits)):
        for d in "0123456789":
            variants.add(digits[:i] + d + digits[i + 1 :])
        if i + 1 < len(digits):
            variants.add(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :])
    years = {head, *(f"CM{y:02d}" for y in range(13, 30))}
    candidates = [f"{y}-{v}" for y in years for v in variants if len(v) == 7 and f"{y}-{v}" != case_number]
    candidates += [f"{y}-{digits}" for y in years if f"{y}-{digits}" != case_number]
    for start in range(0, len(candidates), 500):
        part = candidates[start : start + 500]
        rows = engine.store.catalog.query(
            f"SELECT case_number FROM letters WHERE case_number IN ({','.join('?' * len(part))}) LIMIT 1", part)
        if rows:
            return rows[0][0]
    return None


def case_items(engine: Engine, case_number: str) -> list[tuple[int, str, str, tuple[str, ...]]]:
    """(index, title, decision, treatment sets) of every item of a case."""
    rows = engine.store.catalog.query(
        "SELECT i.item_index, i.title, i.decision, (SELECT group_concat(treatment, ' ') FROM item_treatments t "
        "WHERE t.item_id = i.id) FROM items i WHERE i.case_number = ? ORDER BY i.item_index", (case_number,))
    return [(r[0], r[1], r[2], tuple((r[3] or "").split())) for r in rows]


def filter_that_excludes(engine: Engine, query: Query, filters: dict[str, object]) -> str | None:
    """The client filter without which the treatment asked about has items, when the filters
    together leave none."""
    for name in filters:
        rest = {k: v for k, v in filters.items() if k != name}
        found = scope(engine, query, rest)
        if found is not None and found.items:
            return name
    return None
