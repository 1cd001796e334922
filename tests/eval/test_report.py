"""The report folder: JSON, Markdown table with counts, PNG plots (when matplotlib is installed)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from eval.metrics import summarise
from eval.report import PlotUnavailableError, render_markdown, report_metrics, write_report


def _summaries() -> dict:
    hybrid = summarise([
        {"id": "a", "kind": "case", "scores": {"hit@1": 1.0, "hit@2": 1.0, "mrr@10": 1.0, "decision_accuracy": 1.0}},
        {"id": "b", "kind": "case", "scores": {"hit@1": 0.0, "hit@2": 1.0, "mrr@10": 0.5, "decision_accuracy": 0.0}},
        {"id": "c", "kind": "unanswerable", "scores": {"abstention": 1.0}},
    ])
    dense = summarise([
        {"id": "a", "kind": "case", "scores": {"hit@1": 0.0, "hit@2": 0.0, "mrr@10": 0.25, "decision_accuracy": 1.0}},
        {"id": "b", "kind": "case", "scores": {"hit@1": 0.0, "hit@2": 1.0, "mrr@10": 0.5, "decision_accuracy": 1.0}},
        {"id": "c", "kind": "unanswerable", "scores": {"abstention": 0.0}},
    ])
    return {"hybrid": hybrid, "dense": dense}


def test_report_metrics_order() -> None:
    assert report_metrics(_summaries()) == ["hit@1", "mrr@10", "decision_accuracy", "abstention"]


def test_markdown_table_has_systems_metrics_and_counts() -> None:
    md = render_markdown(_summaries(), title="Test run", notes=["index: sample"])
    lines = md.splitlines()
    assert lines[0] == "# Test run"
    assert "- index: sample" in lines
    assert "hybrid: 3 questions, dense: 3 questions" in lines
    assert "| system | hit@1 | mrr@10 | decision_accuracy | abstention |" in lines
    assert "| hybrid | 0.500 (n=2) | 0.750 (n=2) | 0.500 (n=2) | 1.000 (n=1) |" in lines
    assert "| dense | 0.000 (n=2) | 0.375 (n=2) | 1.000 (n=2) | 0.000 (n=1) |" in lines
    assert "## case (2 questions)" in lines
    assert "## unanswerable (1 question)" in lines
    assert "| hybrid | 1.000 (n=1) |" in lines  # the unanswerable table: abstention only
    assert "| hybrid | 0.500 | 1.000 |" in lines  # hit@k curve, k=1 and k=2
    assert "80%" in md  # the citation method is stated


def test_write_report_without_plots(tmp_path: Path) -> None:
    written = write_report(_summaries(), tmp_path / "out", plots=False)
    assert [p.name for p in written] == ["report.json", "report.md"]
    payload = json.loads((tmp_path / "out" / "report.json").read_text())
    assert payload["metrics"] == ["hit@1", "mrr@10", "decision_accuracy", "abstention"]
    assert payload["systems"]["hybrid"]["overall"]["mrr@10"] == {"mean": 0.75, "n": 2}
    assert payload["systems"]["dense"]["by_kind"]["unanswerable"]["n"] == 1


def test_write_report_with_plots(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="plots need matplotlib (not installed in this environment)")
    written = write_report(_summaries(), tmp_path)
    assert [p.name for p in written] == ["report.json", "report.md", "metrics.png", "hit_at_k.png"]
    for name in ("metrics.png", "hit_at_k.png"):
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plots_without_matplotlib_say_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib -> ImportError
    with pytest.raises(PlotUnavailableError, match="plots=False"):
        write_report(_summaries(), tmp_path)
    assert (tmp_path / "report.md").exists()  # the tables are written before the plots
