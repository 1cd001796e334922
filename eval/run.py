"""Run the evaluation: every question through every system, scored, summarised and reported.

    source = load_source("real", "test")          # eval/sources.py
    run_eval(settings, letters_dir=source.letters_dir, questions=source.questions,
             evidence=source.evidence, info=source.info, out_dir=...)

writes report.json, report.md, metrics.png, hit_at_k.png and per_question.jsonl into `out_dir`
and returns {"summaries", "markdown", "files", "run"}. Every report records the run: split,
settings, encoder, git commit (and whether the checkout was dirty) and the index hash.
`imr eval` (eval/cli.py) is its command line.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import msgspec

from eval.comparison import comparisons, intervals
from eval.kinds import KIND_INFO, KINDS, NEW_KINDS, Question, group_of
from eval.metrics import stated_decision, summarise
from eval.provenance import git_state, settings_record
from eval.report import render_markdown, write_report
from eval.scoring import NO_EVIDENCE, Evidence, score
from eval.sources import REAL, REPO, SAMPLE, default_source, load_source
from eval.systems import Outcome, System
from eval.workspace import FEATURE_NAMES, FEATURES, SYSTEMS, Workspace
from indexer.embed import Encoder
from indexer.errors import ImrError
from indexer.settings import Settings

__all__ = ["REAL", "SAMPLE", "THRESHOLDS", "below_thresholds", "default_source", "evaluate", "limit_per_kind",
           "gate_questions", "load_source", "read_thresholds", "run_eval"]

logger = logging.getLogger(__name__)

THRESHOLDS = REPO / "eval" / "thresholds.json"


def limit_per_kind(questions: Sequence[Question], limit: int | None) -> list[Question]:
    """At most `limit` questions of each kind, spread evenly over that kind's list (deterministic)."""
    if not limit:
        return list(questions)
    out: list[Question] = []
    for kind in KINDS:
        of_kind = [q for q in questions if q.kind == kind]
        if len(of_kind) <= limit:
            out += of_kind
        else:
            out += [of_kind[i * len(of_kind) // limit] for i in range(limit)]
    return out


def gate_questions(questions: Sequence[Question], gate: Mapping[str, Any], limit: int | None) -> list[Question]:
    """The CI gate's fixed sample: the natural questions numbered up to gate["natural_through"] (so that the
    sample stays put as eval/natural.jsonl grows), then at most `limit` of each kind."""
    through = gate.get("natural_through")
    kept = [q for q in questions
            if through is None or q.kind != "natural" or _natural_number(q.id) <= int(through)]
    return limit_per_kind(kept, limit)


def _natural_number(question_id: str) -> int:
    """'natural-nat-0412' -> 412."""
    return int(question_id.rsplit("-", 1)[1])


class _Progress:
    """A counter on stderr every 10% (no progress-bar dependency)."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled, self.done, self.next = total, enabled, 0, 0.1
        self.started = time.perf_counter()

    def step(self) -> None:
        self.done += 1
        if self.enabled and self.total and (self.done == self.total or self.done / self.total >= self.next):
            print(f"eval: {self.done}/{self.total} runs ({self.done * 100 // self.total}%, "
                  f"{time.perf_counter() - self.started:.0f}s)", file=sys.stderr, flush=True)
            self.next = self.done / self.total + 0.1


def evaluate(
    systems: Sequence[System], questions: Sequence[Question], *, progress: bool = True,
    evidence: Evidence = NO_EVIDENCE,
) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """Run and score every question on every system: (summaries by system, per-question rows).

    A summary is metrics.summarise's, plus `by_group`: the overall means of the kinds whose wording
    carries their answer, of those whose does not, and of those that ask no decision.
    """
    rows: list[dict[str, Any]] = []
    counter = _Progress(len(systems) * len(questions), progress)
    summaries: dict[str, dict[str, Any]] = {}
    for system in systems:
        answers = system.name in ("imr", "imr-v1")  # systems that answer (the baselines only rank)
        started = time.perf_counter()
        system_rows = []
        for question in questions:
            outcome = system.run(question.question)
            scores = score(question, outcome, answers=answers, letter=system.letter, evidence=evidence)
            system_rows.append(_row(system.name, question, outcome, scores))
            counter.step()
        logger.info("%s: %d questions in %.1fs", system.name, len(questions), time.perf_counter() - started)
        summary = summarise(system_rows)
        groups = sorted({r["group"] for r in system_rows})
        summary["by_group"] = {g: summarise(r for r in system_rows if r["group"] == g) for g in groups}
        summaries[system.name] = summary
        rows += system_rows
    return summaries, rows


def _row(system: str, question: Question, outcome: Outcome, scores: Mapping[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": question.id, "kind": question.kind, "group": group_of(question.kind), "split": question.split,
        "system": system, "question": question.question,
        "gold": [list(g) for g in question.gold[:5]], "n_gold": len(question.gold),
        "ranked": [list(r) for r in outcome.ranked[:5]], "scores": dict(scores),
    }
    if question.expected_decision:
        row["expected_decision"] = question.expected_decision
    if question.expected_count is not None:
        row["expected_count"] = question.expected_count
    if question.expected_answer is not None:
        row["expected_answer"] = question.expected_answer
    if outcome.error:
        row["error"] = outcome.error
    answer = outcome.answer
    if answer is not None:
        row.update(stated_decision=stated_decision(answer), abstained=answer.abstained, count=answer.count,
                   answer=answer.answer[:600], understood=answer.understood)
        if answer.table is not None:
            row["table"] = {"columns": list(answer.table.columns), "rows": [list(r) for r in answer.table.rows]}
    return row


def run_eval(
    settings: Settings,
    *,
    letters_dir: Path,
    questions: Sequence[Question],
    systems: Sequence[str] = SYSTEMS,
    url: str | None = None,
    out_dir: Path,
    progress: bool = True,
    encoder: Encoder | None = None,
    workspace: Workspace | None = None,
    notes: Sequence[str] = (),
    evidence: Evidence = NO_EVIDENCE,
    info: Mapping[str, Any] | None = None,
    plots: bool = True,
) -> dict[str, Any]:
    """Index `letters_dir` (unless `workspace` is given, or only imr runs over `url`), run, report."""
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown:
        raise ImrError(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}")
    own = None
    needs_index = not (url and set(systems) == {"imr"})
    if workspace is None and needs_index:
        workspace = own = Workspace(settings, letters_dir, encoder=encoder)
    try:
        if workspace is not None:
            built = workspace.systems(systems, url)
        else:
            from eval.systems import ImrHttp

            built = [ImrHttp(url or "")]
        summaries, rows = evaluate(built, questions, progress=progress, evidence=evidence)
        run = _run_record(settings, letters_dir, questions, workspace, url, info, systems)
        stats = {"intervals": intervals(rows), "comparisons": comparisons(rows, "imr")}
        all_notes = [*notes, *_notes(workspace)]
        files = write_report(summaries, Path(out_dir), notes=all_notes, run=run, stats=stats, plots=plots)
        per_question = Path(out_dir) / "per_question.jsonl"
        with per_question.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, default=msgspec.to_builtins) + "\n")
        markdown = render_markdown(summaries, notes=all_notes, run=run, stats=stats)
    finally:
        if own is not None:
            own.close()
    return {"summaries": summaries, "markdown": markdown, "run": run, "stats": stats,
            "files": [*map(str, files), str(per_question)]}


def _run_record(settings: Settings, letters_dir: Path, questions: Sequence[Question], workspace: Workspace | None,
                url: str | None, info: Mapping[str, Any] | None, systems: Sequence[str]) -> dict[str, Any]:
    kinds = Counter(q.kind for q in questions)
    run: dict[str, Any] = {
        **(info or {}), "letters": str(letters_dir),
        "questions": {k: kinds[k] for k in KINDS if kinds[k]},
        "kinds": {k: {"carries its answer": KIND_INFO[k][0], "new": k in NEW_KINDS, "what": KIND_INFO[k][1]}
                  for k in KINDS if kinds[k]},
        "git": git_state(REPO), "settings": settings_record(settings),
        "features": {name: dict(zip(FEATURE_NAMES, FEATURES[name])) for name in systems if name in FEATURES},
    }
    if workspace is not None:
        run.update(encoder=getattr(workspace.encoder, "name", "?"), index_hash=workspace.index_hash(),
                   index=f"{workspace.report.summary()} in {workspace.index_seconds:.0f}s")
    if url:
        run["imr over HTTP"] = url
    return run


def _notes(workspace: Workspace | None) -> list[str]:
    notes = [f"failed to index: {f.reason}" for f in workspace.report.failed] if workspace is not None else []
    notes.append("retrieval metrics where the gold is items to find; precision@5 where several are expected; "
                 "answer metrics (decision from the answer text, one patient, quotes, reasons, citations) for "
                 "imr only; baselines never abstain and cannot say 'not found'")
    return notes


# --- the regression gate --------------------------------------------------------------------------


def read_thresholds(path: Path = THRESHOLDS) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def below_thresholds(summaries: Mapping[str, Mapping[str, Any]], thresholds: Mapping[str, Any]) -> list[str]:
    """'system metric: value < threshold' for every overall mean below its threshold (or missing)."""
    failures = []
    for system, limits in thresholds.get("thresholds", {}).items():
        overall = summaries.get(system, {}).get("overall", {})
        if system not in summaries:
            continue
        for metric, minimum in limits.items():
            stats = overall.get(metric)
            if stats is None:
                failures.append(f"{system} {metric}: not measured (threshold {minimum:.3f})")
            elif stats["mean"] < minimum:
                failures.append(f"{system} {metric}: {stats['mean']:.3f} < {minimum:.3f}")
    return failures
