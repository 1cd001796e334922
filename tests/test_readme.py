"""The README's promises: its settings table and its quick start (index the sample, then ask)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from indexer.settings import ENV_DOC as INDEXER_ENV
from service.cli import cli
from service.settings import ENV_DOC as SERVICE_ENV

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text()


def test_settings_table_lists_every_setting_of_both_layers_with_its_default():
    rows = dict(re.findall(r"^\| `(IMR_[A-Z_]+)` \| ([^|]+) \|", README, flags=re.M))
    assert set(INDEXER_ENV).isdisjoint(SERVICE_ENV)
    assert len(INDEXER_ENV) == 7 and len(SERVICE_ENV) == 9
    assert set(rows) == set(INDEXER_ENV) | set(SERVICE_ENV)
    for name, (default, _meaning) in {**INDEXER_ENV, **SERVICE_ENV}.items():
        assert rows[name].strip() == (f"`{default}`" if default else "(empty)"), name


def test_readme_commands_are_the_make_targets_ci_runs():
    assert "make demo" in README and "make test" in README
    assert "make test" in (REPO / ".ci" / "run").read_text()
    makefile = (REPO / "Makefile").read_text()
    assert "imr index corpus/sample" in makefile and "imr serve" in makefile


def test_quick_start_indexes_the_sample_and_answers(tmp_path, monkeypatch, real_encoder):
    monkeypatch.setenv("IMR_DB", str(tmp_path / "chroma"))
    monkeypatch.setenv("IMR_DOCS", str(tmp_path / "documents"))
    monkeypatch.setattr("indexer.embed.load_encoder", lambda settings: real_encoder)
    runner = CliRunner()
    first = runner.invoke(cli, ["index", str(REPO / "corpus" / "sample")])
    assert first.exit_code == 0, first.output
    assert re.search(r"^indexed 60 letters \(\d+ chunks\), unchanged 0, failed 0$", first.output, flags=re.M)
    again = runner.invoke(cli, ["index", str(REPO / "corpus" / "sample")])
    assert "indexed 0 letters (0 chunks), unchanged 60, failed 0" in again.output
    asked = runner.invoke(cli, ["ask", "why was the lumbar MRI denied?", "--json"])
    assert asked.exit_code == 0, asked.output
    answer = json.loads(asked.output.strip().splitlines()[-1])
    assert answer["citations"], answer
    assert answer["citations"][0]["decision"] == "Upheld"
    assert "lumbar" in answer["citations"][0]["request"].lower() or "l/s" in answer["citations"][0]["request"].lower()
