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


def test_markdown_records_the_run_features_kinds_intervals_and_comparisons() -> None:
    summaries = _summaries()
    summaries["hybrid"]["by_group"] = {"carries its answer": summarise(
        [{"id": "a", "kind": "case", "scores": {"hit@1": 1.0}}])}
    run = {
        "source": "real", "split": "test", "letters indexed": 74, "index_hash": "ab12",
        "encoder": "all-MiniLM-L6-v2 (torch cpu fp32)",
        "git": {"commit": "f" * 40, "dirty": True}, "settings": {"api_key": "(set)", "port": 8000},
        "features": {"hybrid": {"metadata boosts": True, "abstains": True},
                     "dense": {"metadata boosts": False, "abstains": False}},
        "questions": {"case": 2, "unanswerable": 1},
        "kinds": {"case": {"carries its answer": "yes", "new": False, "what": "why was X denied in case N"},
                  "unanswerable": {"carries its answer": "n/a", "new": False, "what": "nothing answers it"}},
    }
    stats = {"intervals": {"hybrid": {"hit@1": [0.0, 1.0]}},
             "comparisons": {"dense": {"hit@1": {"n": 2, "a": 0.5, "b": 0.0, "diff": 0.5, "ci": [0.0, 1.0], "p": 0.5}}}}
    lines = render_markdown(summaries, run=run, stats=stats).splitlines()
    assert "- split: test" in lines and "- index_hash: ab12" in lines
    assert f"- commit: {'f' * 40} (uncommitted changes)" in lines
    assert "- settings: api_key=(set), port=8000" in lines
    assert "| system | metadata boosts | abstains |" in lines
    assert "| dense | no | no |" in lines
    assert "| case | 2 | yes |  | why was X denied in case N |" in lines
    assert "| hybrid | 0.500 [0.00, 1.00] (n=2) | 0.750 (n=2) | 0.500 (n=2) | 1.000 (n=1) |" in lines
    assert "## Kinds whose wording carries the answer (case)" in lines
    assert "| hit@1 | 2 | 0.500 | 0.000 | +0.500 [+0.000, +1.000] | 0.500 |" in lines


def test_report_json_holds_run_and_stats(tmp_path: Path) -> None:
    write_report(_summaries(), tmp_path, plots=False, run={"split": "test", "index_hash": "ab"},
                 stats={"intervals": {}, "comparisons": {}})
    payload = json.loads((tmp_path / "report.json").read_text())
    assert payload["run"] == {"split": "test", "index_hash": "ab"}
    assert payload["stats"] == {"intervals": {}, "comparisons": {}}
    assert set(payload["methods"]) == {"citations", "decision", "significance"}
