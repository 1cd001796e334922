"""Confidence intervals per system and metric, and imr against each baseline, from per-question rows.

Rows are the runner's per-question dicts: {"id", "kind", "system", "group", "scores": {metric: value}}.
- `intervals(rows)`: {system: {metric: [low, high]}} (percentile bootstrap of the mean, 95%), over
  every question the metric scored;
- `paired(rows, "imr", baseline)`: {metric: {"n", "a", "b", "diff", "ci", "p"}} over the questions
  both systems were scored on (paired by question id): the means, their difference, the bootstrap
  interval of the difference and the paired randomization test's p-value (eval/significance.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from eval.significance import bootstrap_ci, paired_bootstrap_ci, paired_randomization


def _values(rows: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, dict[str, float]]]:
    """system -> metric -> question id -> value (None values left out)."""
    out: dict[str, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    for row in rows:
        for metric, value in (row.get("scores") or {}).items():
            if value is not None:
                out[str(row["system"])][metric][str(row["id"])] = float(value)
    return out


def intervals(rows: Sequence[Mapping[str, Any]], *, group: str | None = None) -> dict[str, dict[str, list[float]]]:
    """95% bootstrap intervals of each system's mean per metric (only rows of `group` when given)."""
    chosen = [r for r in rows if group is None or r.get("group") == group]
    out: dict[str, dict[str, list[float]]] = {}
    for system, metrics in _values(chosen).items():
        out[system] = {}
        for metric, by_id in sorted(metrics.items()):
            ci = bootstrap_ci(list(by_id.values()))
            if ci is not None:
                out[system][metric] = [round(ci[0], 4), round(ci[1], 4)]
    return out


def paired(rows: Sequence[Mapping[str, Any]], system: str, baseline: str) -> dict[str, dict[str, Any]]:
    """`system` against `baseline` on every metric both were scored on, paired by question."""
    values = _values(rows)
    mine, theirs = values.get(system, {}), values.get(baseline, {})
    out: dict[str, dict[str, Any]] = {}
    for metric in sorted(set(mine) & set(theirs)):
        ids = sorted(set(mine[metric]) & set(theirs[metric]))
        if not ids:
            continue
        a = [mine[metric][i] for i in ids]
        b = [theirs[metric][i] for i in ids]
        ci = paired_bootstrap_ci(a, b)
        out[metric] = {
            "n": len(ids), "a": sum(a) / len(a), "b": sum(b) / len(b), "diff": (sum(a) - sum(b)) / len(ids),
            "ci": [round(ci[0], 4), round(ci[1], 4)] if ci else None, "p": paired_randomization(a, b),
        }
    return out


def comparisons(rows: Sequence[Mapping[str, Any]], system: str = "imr") -> dict[str, dict[str, dict[str, Any]]]:
    """`system` against every other system in `rows`."""
    order = list(dict.fromkeys(str(r["system"]) for r in rows))
    if system not in order:
        return {}
    return {other: paired(rows, system, other) for other in order if other != system}
