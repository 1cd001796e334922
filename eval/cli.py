"""`imr eval` and `imr generate`: developer commands that plug into the product's `imr` group.

They register through the `imr.commands` entry point group (pyproject.toml), which service/cli.py
loads with importlib.metadata, so the product never imports eval/ or corpus/. Only click is
imported here at module level: `imr --help` stays fast.
"""

from __future__ import annotations

from pathlib import Path

import click

from indexer.errors import ImrError
from indexer.settings import Settings


def _settings() -> Settings:
    try:
        return Settings.from_env()
    except ImrError as exc:
        raise click.ClickException(str(exc)) from exc


@click.command("generate", epilog="""\b
Examples:
  imr generate /tmp/letters -n 60             # 60 synthetic letters and their truth.jsonl
  imr generate /tmp/letters -n 20000 --seed 7 # a larger synthetic corpus for benchmarks""")
@click.argument("out_dir", type=click.Path(path_type=Path))
@click.option("-n", "count", type=click.IntRange(1, 1_000_000), default=100, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
def generate(out_dir: Path, count: int, seed: int) -> None:
    """Write N synthetic sample letters (and truth.jsonl) into OUT_DIR."""
    from corpus.generate import write_corpus

    paths = write_corpus(out_dir, count, seed=seed)
    click.echo(f"wrote {len(paths)} letters to {out_dir}")


@click.command("eval", epilog="""\b
Examples:
  imr eval                                    # the real letters in ../shared, test half, all systems
  imr eval --split tune --systems imr         # the half rules and thresholds are tuned on
  imr eval --source sample                    # the bundled synthetic letters (no split)
  imr eval --limit 15 --systems imr --check eval/thresholds.json   # the CI gate
  imr eval --url http://127.0.0.1:8000 --systems imr               # a running `imr serve`""")
@click.option("--source", type=click.Choice(["real", "sample"]), help="letters and questions (default: real when ../shared exists)")
@click.option("--split", type=click.Choice(["tune", "test", "all"]),
              help="which half of the real letters to ask about (default: test; all 74 are indexed either way)")
@click.option("--url", help="call a running `imr serve` at URL for the imr system instead of indexing in process")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("eval/reports/latest"), show_default=True)
@click.option("--limit", type=click.IntRange(1, None), help="at most N questions of each kind")
@click.option("--systems", default="imr,imr-v1,bm25,dense,plain-rag", show_default=True, help="comma-separated")
@click.option("--check", "check", type=click.Path(exists=True, path_type=Path), help="thresholds JSON: exit 1 below any")
@click.pass_context
def eval_command(ctx: click.Context, source: str | None, split: str | None, url: str | None, out_dir: Path,
                 limit: int | None, systems: str, check: Path | None) -> None:
    """Evaluate the system and the baselines on real or sample letters; print the table."""
    from eval.run import (below_thresholds, default_source, gate_questions, limit_per_kind, load_source,
                          read_thresholds, run_eval)

    settings = _settings()
    source = source or default_source()
    try:
        loaded = load_source(source, split)
        # --check asks the gate's fixed natural questions (its natural_through), with this run's --limit
        questions = (gate_questions(loaded.questions, read_thresholds(check), limit) if check
                     else limit_per_kind(loaded.questions, limit))
        result = run_eval(settings, letters_dir=loaded.letters_dir, questions=questions,
                          systems=[s.strip() for s in systems.split(",") if s.strip()], url=url, out_dir=out_dir,
                          evidence=loaded.evidence, info=loaded.info)
    except ImrError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(result["markdown"])
    click.echo(f"report: {out_dir}", err=True)
    if check:
        gate = read_thresholds(check)
        wanted = (gate.get("limit"), gate.get("source"), gate.get("split", "test"))
        if wanted != (limit, source, loaded.split) and gate.get("source") is not None:
            click.echo(f"note: {check} was set for --source {wanted[1]} --split {wanted[2]} --limit {wanted[0]}; "
                       "this run differs, so compare with care", err=True)
        failures = below_thresholds(result["summaries"], gate)
        for failure in failures:
            click.echo(f"below threshold: {failure}", err=True)
        if failures:
            ctx.exit(1)
