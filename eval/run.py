"""Run the evaluation: every question through every system, scored, summarised and reported.

    run_eval(settings, letters_dir=..., questions=..., out_dir=...)

writes report.json, report.md, metrics.png, hit_at_k.png and per_question.jsonl into `out_dir`
and returns {"summaries": ..., "markdown": ..., "files": [...]}. `imr eval` is its command line.
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

from eval.metrics import stated_decision, summarise
from eval.questions import KINDS, Question, real_questions, synthetic_questions
from eval.report import render_markdown, write_report
from eval.scoring import score
from eval.systems import Outcome, System
from eval.workspace import SYSTEMS, Workspace
from indexer.embed import Encoder
from indexer.errors import ImrError
from indexer.settings import Settings

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
REAL = REPO.parent / "shared" / "corpus" / "dwc-imr-2016-2017"
SAMPLE = REPO / "corpus" / "sample"
THRESHOLDS = REPO / "eval" / "thresholds.json"


# --- question sources ---------------------------------------------------------------------------


def default_source() -> str:
    return "real" if (REAL / "reference.jsonl").exists() else "sample"


def load_source(source: str) -> tuple[Path, list[Question]]:
    """(letters folder, questions) of `real` (../shared/corpus) or `sample` (corpus/sample)."""
    if source == "real":
        reference = REAL / "reference.jsonl"
        if not reference.exists():
            raise ImrError(f"{reference} not found: the real letters live in ../shared beside the checkout; "
                           "use --source sample")
        return REAL / "pdf", real_questions(reference)
    if source == "sample":
        truth = SAMPLE / "truth.jsonl"
        if not truth.exists():
            raise ImrError(f"{truth} not found: run `imr generate corpus/sample` first")
        return SAMPLE, synthetic_questions(truth)
    raise ImrError(f"unknown source {source!r}: use `real` or `sample`")


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


# --- running --------------------------------------------------------------------------------------


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
    systems: Sequence[System], questions: Sequence[Question], *, progress: bool = True
) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """Run and score every question on every system: (summaries by system, per-question rows)."""
    rows: list[dict[str, Any]] = []
    counter = _Progress(len(systems) * len(questions), progress)
    summaries: dict[str, dict[str, Any]] = {}
    for system in systems:
        answers = system.name == "imr"
        started = time.perf_counter()
        system_rows = []
        for question in questions:
            outcome = system.run(question.question)
            scores = score(question, outcome, answers=answers, letter=system.letter)
            system_rows.append(_row(system.name, question, outcome, scores))
            counter.step()
        logger.info("%s: %d questions in %.1fs", system.name, len(questions), time.perf_counter() - started)
        summaries[system.name] = summarise(system_rows)
        rows += system_rows
    return summaries, rows


def _row(system: str, question: Question, outcome: Outcome, scores: Mapping[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": question.id, "kind": question.kind, "system": system, "question": question.question,
        "gold": [list(g) for g in question.gold[:5]], "n_gold": len(question.gold),
        "ranked": [list(r) for r in outcome.ranked[:5]], "scores": dict(scores),
    }
    if question.expected_decision:
        row["expected_decision"] = question.expected_decision
    if question.expected_count is not None:
        row["expected_count"] = question.expected_count
    if outcome.error:
        row["error"] = outcome.error
    answer = outcome.answer
    if answer is not None:
        row.update(stated_decision=stated_decision(answer), abstained=answer.abstained, count=answer.count,
                   answer=answer.answer[:600], understood=answer.understood)
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
        summaries, rows = evaluate(built, questions, progress=progress)
        all_notes = [*notes, *_notes(letters_dir, questions, workspace, url)]
        files = write_report(summaries, Path(out_dir), notes=all_notes)
        per_question = Path(out_dir) / "per_question.jsonl"
        with per_question.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, default=msgspec.to_builtins) + "\n")
        markdown = render_markdown(summaries, notes=all_notes)
    finally:
        if own is not None:
            own.close()
    return {"summaries": summaries, "markdown": markdown, "files": [*map(str, files), str(per_question)]}


def _notes(letters_dir: Path, questions: Sequence[Question], workspace: Workspace | None, url: str | None) -> list[str]:
    kinds = Counter(q.kind for q in questions)
    notes = [f"letters: {letters_dir}", f"questions: {len(questions)} ("
             + ", ".join(f"{k} {kinds[k]}" for k in KINDS if kinds[k]) + ")"]
    if workspace is not None:
        notes.append(f"index: {workspace.report.summary()} in {workspace.index_seconds:.0f}s; "
                     f"encoder {getattr(workspace.encoder, 'name', '?')}")
        notes += [f"failed to index: {f.reason}" for f in workspace.report.failed]
    if url:
        notes.append(f"imr called over HTTP at {url}")
    notes.append("retrieval metrics on case, patient, paraphrase and topic questions; precision@5 on topic "
                 "questions only; decision_accuracy, aggregate_exact, answered and citation metrics for imr "
                 "only; baselines never abstain")
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
