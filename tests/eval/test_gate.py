"""The CI regression gate: the imr system on a fixed real-letter subset stays above eval/thresholds.json.

The subset (eval/thresholds.json: source and limit per kind) runs in process against the real
letters, indexed once per session with the real model. To move a threshold, run
`imr eval --source real --limit 15 --systems imr` and set it about 0.03 below what it measures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.run import THRESHOLDS, below_thresholds, limit_per_kind, load_source, read_thresholds, run_eval


@pytest.mark.slow
def test_imr_meets_thresholds_on_real_subset(real_workspace, tmp_path: Path) -> None:
    gate = read_thresholds(THRESHOLDS)
    letters_dir, questions = load_source(gate["source"])
    subset = limit_per_kind(questions, gate["limit"])
    result = run_eval(real_workspace.settings, letters_dir=letters_dir, questions=subset, systems=("imr",),
                      out_dir=tmp_path / "report", progress=False, workspace=real_workspace)
    assert [f.reason for f in real_workspace.report.failed] == []
    assert below_thresholds(result["summaries"], gate) == []
    assert len((tmp_path / "report" / "per_question.jsonl").read_text().splitlines()) == len(subset)
