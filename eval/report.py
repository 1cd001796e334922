"""Write an evaluation report folder: report.json, report.md and two PNG plots.

Input: one `metrics.summarise(...)` result per system, e.g. {"hybrid": {...}, "dense": {...}}.
matplotlib is imported only when plots are drawn (Agg backend: no display needed).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from indexer.errors import ImrError

logger = logging.getLogger(__name__)

# Table and bar-chart columns, in this order, where any system has them; hit@2..10 go to the curve.
MAIN_METRICS: tuple[str, ...] = (
    "hit@1", "hit@5", "mrr@10", "ndcg@10", "precision@5", "decision_accuracy", "aggregate_exact",
    "abstention", "citation_validity", "citation_precision", "citation_recall",
)
CITATION_METHOD = (
    "Citation precision and recall follow ALCE (Gao et al. 2023) with word coverage in place of an "
    "NLI model: a sentence is supported when at least 80% of its content words (lowercased, "
    "stopwords and [n] markers removed) occur in the passages it cites (each passage: the letter "
    "text at the citation's span, with its case number, request and decision as title). Recall = "
    "supported sentences / sentences with claims; precision = needed citations / all citations, "
    "where a citation is needed when it alone supports its sentence or the others without it do "
    "not. Word overlap rewards extractive answers and misses paraphrase and negation."
)
_HIT_AT = re.compile(r"^hit@(\d+)$")


class PlotUnavailableError(ImrError):
    status = 500


def write_report(
    summaries: Mapping[str, Mapping[str, Any]],
    out_dir: Path,
    *,
    title: str = "IMR search evaluation",
    notes: Sequence[str] = (),
    plots: bool = True,
) -> list[Path]:
    """Write report.json, report.md and (with `plots`) metrics.png and hit_at_k.png; return the paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    metrics = report_metrics(summaries)
    payload = {"title": title, "notes": list(notes), "citation_method": CITATION_METHOD,
               "metrics": metrics, "systems": summaries}
    json_path = out_dir / "report.json"
    json_path.write_text(json.dumps(payload, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    md_path = out_dir / "report.md"
    md_path.write_text(render_markdown(summaries, title=title, notes=notes), encoding="utf-8")
    written = [json_path, md_path]
    if plots:
        written += [plot_metrics(summaries, out_dir / "metrics.png"),
                    plot_hit_at_k(summaries, out_dir / "hit_at_k.png")]
    logger.info("wrote evaluation report for %d systems to %s", len(summaries), out_dir)
    return written


def report_metrics(summaries: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Main metrics present in any system, in MAIN_METRICS order, then any others (not hit@k)."""
    present: set[str] = set()
    for summary in summaries.values():
        present.update(summary.get("overall", {}))
    extra = sorted(m for m in present if m not in MAIN_METRICS and not _HIT_AT.match(m))
    return [m for m in MAIN_METRICS if m in present] + extra


def _cell(stats: Mapping[str, Any] | None) -> str:
    if not stats:
        return "-"
    return f"{stats['mean']:.3f} (n={stats['n']})"


def _table(rows: Sequence[tuple[str, Mapping[str, Any]]], metrics: Sequence[str]) -> list[str]:
    lines = ["| system | " + " | ".join(metrics) + " |", "|---" * (len(metrics) + 1) + "|"]
    for name, values in rows:
        lines.append(f"| {name} | " + " | ".join(_cell(values.get(m)) for m in metrics) + " |")
    return lines


def render_markdown(
    summaries: Mapping[str, Mapping[str, Any]], *, title: str = "IMR search evaluation",
    notes: Sequence[str] = (),
) -> str:
    """Systems x metrics, overall and per question kind; each cell is "mean (n=count)"."""
    metrics = report_metrics(summaries)
    lines = [f"# {title}", ""]
    lines += [f"- {note}" for note in notes]
    if notes:
        lines.append("")
    counts = ", ".join(f"{name}: {s.get('n', 0)} questions" for name, s in summaries.items())
    lines += ["## Overall", "", counts, ""]
    lines += _table([(name, s.get("overall", {})) for name, s in summaries.items()], metrics)
    kinds = sorted({kind for s in summaries.values() for kind in s.get("by_kind", {})})
    for kind in kinds:
        rows = [(name, s["by_kind"][kind]["metrics"]) for name, s in summaries.items()
                if kind in s.get("by_kind", {})]
        kind_metrics = [m for m in metrics if any(m in values for _, values in rows)]
        n = max(s["by_kind"][kind]["n"] for s in summaries.values() if kind in s.get("by_kind", {}))
        lines += ["", f"## {kind} ({n} question{'' if n == 1 else 's'})", ""]
        lines += _table(rows, kind_metrics) if kind_metrics else ["(no metric applies)"]
    curve = _hit_curves(summaries)
    if any(curve.values()):
        lines += ["", "## hit@k (overall)", ""]
        ks = sorted({k for points in curve.values() for k in points})
        lines += ["| system | " + " | ".join(f"k={k}" for k in ks) + " |", "|---" * (len(ks) + 1) + "|"]
        for name, points in curve.items():
            lines.append(f"| {name} | " + " | ".join(
                f"{points[k]:.3f}" if k in points else "-" for k in ks) + " |")
    lines += ["", "## Method", "", CITATION_METHOD, ""]
    return "\n".join(lines)


def _hit_curves(summaries: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[int, float]]:
    curves: dict[str, dict[int, float]] = {}
    for name, summary in summaries.items():
        points = {}
        for metric, stats in summary.get("overall", {}).items():
            match = _HIT_AT.match(metric)
            if match:
                points[int(match.group(1))] = float(stats["mean"])
        curves[name] = dict(sorted(points.items()))
    return curves


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError as exc:
        raise PlotUnavailableError(
            "plots need matplotlib, which is not installed; install it "
            "(`.venv/bin/pip install matplotlib`) or write the report with plots=False"
        ) from exc
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_metrics(summaries: Mapping[str, Mapping[str, Any]], path: Path) -> Path:
    """Grouped bars: one group per metric, one bar per system (overall means)."""
    plt = _pyplot()
    metrics = report_metrics(summaries)
    names = list(summaries)
    width = 0.8 / max(1, len(names))
    fig, ax = plt.subplots(figsize=(max(6.0, 1.1 * len(metrics) + 2), 4.5))
    for i, name in enumerate(names):
        overall = summaries[name].get("overall", {})
        values = [overall[m]["mean"] if m in overall else 0.0 for m in metrics]
        positions = [j + (i - (len(names) - 1) / 2) * width for j in range(len(metrics))]
        ax.bar(positions, values, width, label=name)
    ax.set_xticks(range(len(metrics)))
    ax.set_xticklabels(metrics, rotation=30, ha="right")
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("mean score")
    ax.set_title("Metrics by system")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return Path(path)


def plot_hit_at_k(summaries: Mapping[str, Mapping[str, Any]], path: Path) -> Path:
    """hit@k against k (1..10 where scored), one line per system."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 4))
    for name, points in _hit_curves(summaries).items():
        if points:
            ax.plot(list(points), list(points.values()), marker="o", label=name)
    ax.set_xlabel("k")
    ax.set_ylabel("hit@k")
    ax.set_xticks(range(1, 11))
    ax.set_ylim(0, 1.05)
    ax.set_title("hit@k by system")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return Path(path)
