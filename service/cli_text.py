"""What the `imr` commands print: logging set up once, search hits, answers with their quotes and
what was understood, and the filter names and values for `--help`."""

from __future__ import annotations

import json
import logging
import sys
import textwrap

import click

NOISY = ("httpx", "chromadb", "sentence_transformers", "urllib3", "transformers", "bm25s", "uvicorn")
WIDTH = 100


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"), "level": record.levelname,
                "logger": record.name, "message": record.getMessage()}
        if record.exc_info:
            data["error"] = self.formatException(record.exc_info)
        return json.dumps(data)


class PlainFormatter(logging.Formatter):
    """Quiet mode's few lines: "warning: the index at ... is read-only ..."."""

    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {record.getMessage()}"


def setup_logging(verbose: int = 0, log_format: str = "text") -> None:
    """Quiet by default (warnings and errors only); `-v` adds one INFO line per stage, `-vv` debug.
    `--log-format json` writes one JSON object per line, for machines."""
    level = logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_imr", False)]:
        root.removeHandler(old)
    handler = logging.StreamHandler(sys.stderr)
    handler._imr = True  # type: ignore[attr-defined]
    handler.setFormatter(JsonFormatter() if log_format == "json" else
                         logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s") if verbose > 0 else
                         PlainFormatter())
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in NOISY:
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


def filter_help() -> str:
    """Every filter name with its values, for the epilog of `search` and `ask`."""
    from service.filters import ALLOWED

    lines = ["Filters (--filter NAME=VALUE, repeatable):"]
    for name, values in ALLOWED.items():
        wrapped = textwrap.wrap(values, WIDTH - 22)
        lines.append(f"  {name:<17} {wrapped[0]}")
        lines += [" " * 20 + more for more in wrapped[1:]]
    return "\n".join(lines)


def print_hits(result) -> None:
    for note in result.understood.get("notes", []):
        click.echo(f"understood: {note}")
    if not result.hits:
        click.echo("0 hits")
        return
    for n, hit in enumerate(result.hits, start=1):
        relevance = f", {hit.relevance} match" if hit.relevance else ""
        click.echo(f"{n:2}. {hit.case_number} item {hit.item_index}: {hit.title or hit.request} -> {hit.decision} "
                   f"(p. {','.join(map(str, hit.pages))}{relevance})")


def print_answer(answer) -> None:
    """The answer as a person reads it: what was understood, the lead, the text, the quotes."""
    for note in answer.understood.get("notes", []):
        click.echo(f"understood: {note}")
    filters = answer.understood.get("filters") or {}
    if filters:
        click.echo("filters: " + ", ".join(f"{k}={v}" for k, v in filters.items()))
    click.echo("")
    click.echo(textwrap.fill(answer.answer, WIDTH))
    if answer.coverage and answer.coverage.total:
        cov = answer.coverage
        line = f"covers {cov.shown} of {cov.total} {cov.label}"
        if cov.filters and cov.total > cov.shown:
            line += "; list them all: imr search ... " + " ".join(f"--filter {k}={v}" for k, v in cov.filters.items())
        click.echo("\n" + line)
    for hit in answer.related:
        click.echo(f"related: {hit.case_number} item {hit.item_index}: {hit.title or hit.request} -> {hit.decision}")
    if answer.citations:
        click.echo("\nquotes:")
    for c in answer.citations:
        role = f" {c.role}" if c.role else ""
        click.echo(f"  [{c.n}] {c.case_number} item {c.item_index} \"{c.title or c.request}\" ({c.decision}), "
                   f"letter p. {','.join(map(str, c.pages))}{role}:")
        click.echo(textwrap.indent(textwrap.fill(" ".join(c.quote.split()), WIDTH - 6), "      "))
