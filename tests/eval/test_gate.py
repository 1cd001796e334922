"""The CI regression gate: the imr system on a fixed subset of the TEST half stays above eval/thresholds.json.

The subset (eval/thresholds.json: source, split and limit per kind) runs in process against the real
letters, all 74 indexed once per session with the real model; only the test half's item questions
(and the collection questions) are asked; of the natural questions only those numbered up to the gate's
`natural_through`, so that the sample does not move as eval/natural.jsonl grows. To move a threshold, run
`imr eval --split test --limit 15 --systems imr --check eval/thresholds.json` and set it about 0.03 below what it measures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.run import THRESHOLDS, below_thresholds, gate_questions, load_source, read_thresholds, run_eval


@pytest.mark.slow
def test_imr_meets_thresholds_on_the_test_half(real_workspace, tmp_path: Path) -> None:
    gate = read_thresholds(THRESHOLDS)
    assert gate["split"] == "test"
    source = load_source(gate["source"], gate["split"])
    subset = gate_questions(source.questions, gate, gate["limit"])
    result = run_eval(real_workspace.settings, letters_dir=source.letters_dir, questions=subset, systems=("imr",),
                      out_dir=tmp_path / "report", progress=False, workspace=real_workspace,
                      evidence=source.evidence, info=source.info, plots=False)
    assert [f.reason for f in real_workspace.report.failed] == []
    assert below_thresholds(result["summaries"], gate) == []
    assert result["run"]["split"] == "test" and len(result["run"]["index_hash"]) == 64
    assert len((tmp_path / "report" / "per_question.jsonl").read_text().splitlines()) == len(subset)
