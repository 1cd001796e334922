"""Write an evaluation report folder: report.json, report.md and two PNG plots.

Input: one `metrics.summarise(...)` result per system, e.g. {"hybrid": {...}, "dense": {...}};
optionally `run` (what was measured: split, commit, index hash, settings, encoder, features, kinds;
see eval/run.py) and `stats` ({"intervals": comparison.intervals, "comparisons":
comparison.comparisons}). matplotlib is imported only when plots are drawn (Agg backend).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from eval.markdown import (
    CITATION_METHOD,
    DECISION_METHOD,
    SIGNIFICANCE_METHOD,
    UNBOUNDED,
    hit_curves,
    render_markdown,
    report_metrics,
)
from indexer.errors import ImrError

__all__ = ["PlotUnavailableError", "plot_hit_at_k", "plot_metrics", "render_markdown", "report_metrics", "write_report"]

logger = logging.getLogger(__name__)


class PlotUnavailableError(ImrError):
    status = 500


def write_report(
    summaries: Mapping[str, Mapping[str, Any]],
    out_dir: Path,
    *,
    title: str = "IMR search evaluation",
    notes: Sequence[str] = (),
    plots: bool = True,
    run: Mapping[str, Any] | None = None,
    stats: Mapping[str, Any] | None = None,
) -> list[Path]:
    """Write report.json, report.md and (with `plots`) metrics.png and hit_at_k.png; return the paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    metrics = report_metrics(summaries)
    payload = {"title": title, "run": dict(run or {}), "notes": list(notes),
               "methods": {"citations": CITATION_METHOD, "decision": DECISION_METHOD,
                           "significance": SIGNIFICANCE_METHOD},
               "metrics": metrics, "systems": summaries, "stats": dict(stats or {})}
    json_path = out_dir / "report.json"
    json_path.write_text(json.dumps(payload, indent=2, sort_keys=False, default=str) + "\n", encoding="utf-8")
    md_path = out_dir / "report.md"
    md_path.write_text(render_markdown(summaries, title=title, notes=notes, run=run, stats=stats), encoding="utf-8")
    written = [json_path, md_path]
    if plots:
        written += [plot_metrics(summaries, out_dir / "metrics.png"),
                    plot_hit_at_k(summaries, out_dir / "hit_at_k.png")]
    logger.info("wrote evaluation report for %d systems to %s", len(summaries), out_dir)
    return written


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
    metrics = [m for m in report_metrics(summaries) if m not in UNBOUNDED]
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
    for name, points in hit_curves(summaries).items():
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
