"""report.md: the run, what each system gets, the question kinds, tables with intervals, comparisons."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from eval.kinds import GROUP_TITLES, group_of

# Table and bar-chart columns, in this order, where any system has them; hit@2..10 go to the curve.
MAIN_METRICS: tuple[str, ...] = (
    "hit@1", "hit@5", "mrr@10", "ndcg@10", "precision@5", "natural_right", "decision_accuracy", "decision_meta",
    "one_patient", "aggregate_exact", "collection_exact", "abstention", "reason_quoted", "topic_reasons", "quotes_per_answer",
    "citation_validity", "citation_independent", "citation_precision", "citation_recall",
)
UNBOUNDED = frozenset({"quotes_per_answer"})  # not a share: left off the 0..1 bar chart
DECISION_METHOD = (
    "decision_accuracy reads the answer's text (eval/decisions.py): the sentences about the gold item must "
    "state its decision (denied/upheld/not authorised vs approved/overturned/authorised, negation read) and "
    "never the other; quoted letter text and utilization review's own decision are not the answer's claim. "
    "decision_meta is the decision in the first citation's metadata, kept for comparison."
)
SIGNIFICANCE_METHOD = (
    "Intervals: percentile bootstrap of the mean over questions (2,000 resamples, seed 0). imr against a "
    "baseline: paired by question, the difference of means with its bootstrap interval and the two-sided "
    "paired randomization (sign-flip) test's p-value (10,000 flips; exact for 12 questions or fewer)."
)
CITATION_METHOD = (
    "Citation precision and recall follow ALCE (Gao et al. 2023) with word coverage in place of an "
    "NLI model: a sentence is supported when at least 80% of its content words (lowercased, "
    "stopwords and [n] markers removed) occur in the passages it cites (each passage: the letter "
    "text at the citation's span, with its case number, request and decision as title). Recall = "
    "supported sentences / sentences with claims; precision = needed citations / all citations, "
    "where a citation is needed when it alone supports its sentence or the others without it do "
    "not. Word overlap rewards extractive answers and misses paraphrase and negation. "
    "citation_validity checks quotes against the system's own letter text; citation_independent "
    "against text the system did not make (the reference parse's items and another PDF reader's text)."
)
_HIT_AT = re.compile(r"^hit@(\d+)$")
_RUN_KEYS = ("source", "split", "letters indexed", "letters asked about (item questions)", "split sizes",
             "encoder", "index_hash", "index", "independent text", "roles gold items", "natural questions",
             "imr over HTTP", "letters")


def report_metrics(summaries: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Main metrics present in any system, in MAIN_METRICS order, then any others (not hit@k)."""
    present: set[str] = set()
    for summary in summaries.values():
        present.update(summary.get("overall", {}))
    extra = sorted(m for m in present if m not in MAIN_METRICS and not _HIT_AT.match(m))
    return [m for m in MAIN_METRICS if m in present] + extra


def hit_curves(summaries: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[int, float]]:
    curves: dict[str, dict[int, float]] = {}
    for name, summary in summaries.items():
        points = {int(m.group(1)): float(stats["mean"]) for metric, stats in summary.get("overall", {}).items()
                  if (m := _HIT_AT.match(metric))}
        curves[name] = dict(sorted(points.items()))
    return curves


def _cell(stats: Mapping[str, Any] | None, ci: Sequence[float] | None = None) -> str:
    if not stats:
        return "-"
    interval = f" [{ci[0]:.2f}, {ci[1]:.2f}]" if ci else ""
    return f"{stats['mean']:.3f}{interval} (n={stats['n']})"


def _table(rows: Sequence[tuple[str, Mapping[str, Any]]], metrics: Sequence[str],
           cis: Mapping[str, Mapping[str, Sequence[float]]] | None = None) -> list[str]:
    lines = ["| system | " + " | ".join(metrics) + " |", "|---" * (len(metrics) + 1) + "|"]
    for name, values in rows:
        own = (cis or {}).get(name, {})
        lines.append(f"| {name} | " + " | ".join(_cell(values.get(m), own.get(m)) for m in metrics) + " |")
    return lines


def _run_lines(run: Mapping[str, Any]) -> list[str]:
    lines = ["## Run", ""]
    for key in _RUN_KEYS:
        if key in run:
            lines.append(f"- {key}: {run[key]}")
    git = run.get("git") or {}
    if git:
        dirty = {True: " (uncommitted changes)", False: "", None: " (not a git checkout)"}[git.get("dirty")]
        lines.append(f"- commit: {git.get('commit') or '?'}{dirty}")
    if run.get("settings"):
        lines.append("- settings: " + ", ".join(f"{k}={v}" for k, v in run["settings"].items()))
    return lines


def _features(run: Mapping[str, Any]) -> list[str]:
    features = run.get("features") or {}
    if not features:
        return []
    names = list(next(iter(features.values())))
    lines = ["", "## What each system gets", "", "| system | " + " | ".join(names) + " |",
             "|---" * (len(names) + 1) + "|"]
    for system, has in features.items():
        lines.append(f"| {system} | " + " | ".join("yes" if has[n] else "no" for n in names) + " |")
    return lines


def _kinds(run: Mapping[str, Any]) -> list[str]:
    kinds, counts = run.get("kinds") or {}, run.get("questions") or {}
    if not kinds:
        return []
    lines = ["", "## Question kinds", "", "| kind | questions | carries its answer | new | what |", "|---|---|---|---|---|"]
    for kind, about in kinds.items():
        lines.append(f"| {kind} | {counts.get(kind, 0)} | {about['carries its answer']} | "
                     f"{'yes' if about['new'] else ''} | {about['what']} |")
    return lines


def _comparisons(comparisons: Mapping[str, Mapping[str, Mapping[str, Any]]], metrics: Sequence[str]) -> list[str]:
    lines: list[str] = []
    for baseline, by_metric in comparisons.items():
        shown = [m for m in metrics if m in by_metric]
        if not shown:
            continue
        lines += ["", f"### imr against {baseline}", "", "| metric | n | imr | " + baseline + " | difference [95% CI] | p |",
                  "|---|---|---|---|---|---|"]
        for m in shown:
            c = by_metric[m]
            ci = f" [{c['ci'][0]:+.3f}, {c['ci'][1]:+.3f}]" if c.get("ci") else ""
            p = "-" if c.get("p") is None else ("<0.001" if c["p"] < 0.001 else f"{c['p']:.3f}")
            lines.append(f"| {m} | {c['n']} | {c['a']:.3f} | {c['b']:.3f} | {c['diff']:+.3f}{ci} | {p} |")
    return (["", "## imr against each baseline (paired by question)"] + lines) if lines else []


def render_markdown(
    summaries: Mapping[str, Mapping[str, Any]], *, title: str = "IMR search evaluation",
    notes: Sequence[str] = (), run: Mapping[str, Any] | None = None, stats: Mapping[str, Any] | None = None,
) -> str:
    """The run, features, kinds; systems x metrics overall ("mean [95% CI] (n=count)"), by whether the
    wording carries the answer, imr against each baseline, per question kind; the hit@k curve; methods."""
    run, stats = run or {}, stats or {}
    metrics = report_metrics(summaries)
    lines = [f"# {title}", ""]
    if run:
        lines += _run_lines(run) + [""]
    lines += [f"- {note}" for note in notes]
    lines += _features(run) + _kinds(run)
    counts = ", ".join(f"{name}: {s.get('n', 0)} questions" for name, s in summaries.items())
    lines += ["", "## Overall", "", counts, ""]
    lines += _table([(name, s.get("overall", {})) for name, s in summaries.items()], metrics, stats.get("intervals"))
    groups = sorted({g for s in summaries.values() for g in s.get("by_group", {})})
    for group in groups:
        rows = [(name, s["by_group"][group]["overall"]) for name, s in summaries.items() if group in s.get("by_group", {})]
        shown = [m for m in metrics if any(m in values for _, values in rows)]
        kinds_in = ", ".join(k for k in (run.get("kinds") or {}) if group_of(k) == group)
        lines += ["", f"## {GROUP_TITLES.get(group, group)}" + (f" ({kinds_in})" if kinds_in else ""), ""]
        lines += _table(rows, shown)
    lines += _comparisons(stats.get("comparisons") or {}, metrics)
    kinds = sorted({kind for s in summaries.values() for kind in s.get("by_kind", {})})
    for kind in kinds:
        rows = [(name, s["by_kind"][kind]["metrics"]) for name, s in summaries.items() if kind in s.get("by_kind", {})]
        kind_metrics = [m for m in metrics if any(m in values for _, values in rows)]
        n = max(s["by_kind"][kind]["n"] for s in summaries.values() if kind in s.get("by_kind", {}))
        lines += ["", f"## {kind} ({n} question{'' if n == 1 else 's'})", ""]
        lines += _table(rows, kind_metrics) if kind_metrics else ["(no metric applies)"]
    curve = hit_curves(summaries)
    if any(curve.values()):
        lines += ["", "## hit@k (overall)", ""]
        ks = sorted({k for points in curve.values() for k in points})
        lines += ["| system | " + " | ".join(f"k={k}" for k in ks) + " |", "|---" * (len(ks) + 1) + "|"]
        for name, points in curve.items():
            lines.append(f"| {name} | " + " | ".join(f"{points[k]:.3f}" if k in points else "-" for k in ks) + " |")
    lines += ["", "## Method", "", CITATION_METHOD, "", DECISION_METHOD, "", SIGNIFICANCE_METHOD, ""]
    return "\n".join(lines)
