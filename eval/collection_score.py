"""Exact-match scoring of collection answers against eval/collection.jsonl's gold.

A collection answer carries a table (`{columns, rows}`) whose rows put their label first and the
number asked for last (shares as fractions). The gold is one of:
- `{"value": v}`: the table has exactly one row and its last cell equals v;
- `{"label": s}`: the first row's label names s (the top of a ranking; ties are broken by name on
  both sides);
- `{"rows": [[label, v], ...]}`: as many rows; for a comparison (the question names the groups, in
  order) the values must match row by row; otherwise every gold row must meet its own system row
  with a label that names it and an equal value, in any order.
Numbers are equal when they round to the same 3 decimals (shares) or are the same integer.
Labels name the same thing when they are equal after normalisation (case, "&" = "and", brackets
and punctuation dropped, a plural "s" dropped), or when one is the other's first words (the gold's
"lumbar spine / low back" is named by "lumbar"; its " / " separates alternatives).
Pure functions of the answer's JSON: nothing here imports the system it scores.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any


def normalise(label: object) -> str:
    text = str(label).casefold().replace("&", " and ")
    text = re.sub(r"\([^)]*\)", " ", text)
    words = re.findall(r"[a-z0-9.]+", text)
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


def labels_match(system: object, gold: object) -> bool:
    said = normalise(system)
    if not said:
        return False
    for alternative in str(gold).split(" / "):
        wanted = normalise(alternative)
        if said == wanted or wanted.startswith(said + " ") or said.startswith(wanted + " "):
            return True
    return normalise(gold) == said


def numbers_equal(system: object, gold: object) -> bool:
    if isinstance(system, bool) or not isinstance(system, (int, float)) or not isinstance(gold, (int, float)):
        return False
    return round(float(system), 3) == round(float(gold), 3)


def _rows(table: Any) -> list[Sequence[Any]] | None:
    if table is None:
        return None
    rows = table.get("rows") if isinstance(table, Mapping) else getattr(table, "rows", None)
    return [list(r) for r in rows] if rows is not None else None


def collection_exact(table: Any, gold: Mapping[str, Any], shape: str = "") -> float:
    """1.0 when the answer's table gives the gold answer exactly (see the module's rules), else 0.0."""
    rows = _rows(table)
    if not rows or any(not r for r in rows):
        return 0.0
    if "value" in gold:
        return float(len(rows) == 1 and numbers_equal(rows[0][-1], gold["value"]))
    if "label" in gold:
        return float(labels_match(rows[0][0], gold["label"]))
    wanted = [list(r) for r in gold.get("rows", [])]
    if len(rows) != len(wanted):
        return 0.0
    if shape == "compare":
        return float(all(numbers_equal(r[-1], w[-1]) for r, w in zip(rows, wanted)))
    free = list(rows)
    for label, value in wanted:
        match = next((r for r in free if labels_match(r[0], label) and numbers_equal(r[-1], value)), None)
        if match is None:
            return 0.0
        free.remove(match)
    return 1.0
