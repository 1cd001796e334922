"""The `imr` command as a person meets it: quiet by default, clear errors, "0 hits", answers with
their quotes, a read-only index, a port in use, examples and filters in --help."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from service.cli import cli

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "corpus" / "sample"
FEW = ["CM15-0249515.txt", "CM16-0162761.txt", "CM16-0162767.txt", "CM15-0249476.txt", "CM14-0138044.txt"]


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Path:
    """A few sample letters indexed with the fake encoder (fast)."""
    from indexer.pipeline import index_paths
    from indexer.settings import Settings
    from indexer.store import open_store
    from tests.conftest import FakeEncoder

    root = tmp_path_factory.mktemp("cli-index")
    settings = Settings.from_env({}, db=root / "index", docs=root / "index" / "documents")
    report = index_paths(settings, [SAMPLE / name for name in FEW], store=open_store(settings), encoder=FakeEncoder())
    assert report.indexed == len(FEW)
    return root / "index"


@pytest.fixture
def fake_model(monkeypatch, fake_encoder):
    import indexer.embed

    monkeypatch.setattr(indexer.embed, "load_encoder", lambda settings: fake_encoder)


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), env={"IMR_DOCS": "", "IMR_CHROMA_URL": ""})


def test_search_is_quiet_by_default_and_verbose_or_json_on_request(index, fake_model):
    quiet = run("search", "lumbar MRI", "--db", str(index), "-k", "2")
    assert quiet.exit_code == 0, quiet.output
    assert quiet.stderr == ""
    assert quiet.stdout.splitlines()[-2].startswith(" 1. CM")
    loud = run("-v", "search", "lumbar MRI", "--db", str(index), "-k", "2")
    assert any(" INFO service.qa: search 'lumbar MRI': 2 hits in " in line for line in loud.stderr.splitlines())
    machine = run("-v", "--log-format", "json", "search", "lumbar MRI", "--db", str(index), "-k", "2")
    logged = [json.loads(line) for line in machine.stderr.splitlines()]
    assert {"time", "level", "logger", "message"} <= set(logged[-1])
    assert any(r["logger"] == "service.qa" and r["message"].startswith("search 'lumbar MRI': 2 hits") for r in logged)


def test_an_empty_search_says_0_hits_and_exits_1(index, fake_model):
    result = run("search", "lumbar MRI", "--db", str(index), "--filter", "treatment=acupuncture",
                 "--filter", "body_region=knee", "--filter", "decision=Overturned")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == "0 hits"


def test_a_missing_index_is_an_error_and_is_never_created(tmp_path, fake_model):
    nowhere = tmp_path / "typo"
    for command in (["search", "MRI"], ["ask", "why was the MRI denied?"], ["serve"]):
        result = run(*command, "--db", str(nowhere))
        assert result.exit_code == 1, result.output
        assert result.stderr.strip() == (f"Error: no index at {nowhere}: run `imr index LETTERS --db {nowhere}` "
                                         "first, or check the --db path (IMR_DB)")
        assert not nowhere.exists()
    created = run("index", "--db", str(nowhere))
    assert created.exit_code == 0 and (nowhere / "catalog.sqlite").exists()


def test_ask_prints_what_was_understood_the_answer_and_every_quote(index, fake_model):
    result = run("ask", "why was the lumbar MRI denied?", "--db", str(index))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == ("understood: outcome: 'denied' read as your premise that IMR denied it (checked against the "
                        "letter)")
    assert "understood: body region: lumbar (from 'lumbar')" in lines
    assert any(line.startswith("Denied (Upheld)") for line in lines)
    quotes = lines.index("quotes:")
    assert lines[quotes + 1].startswith("  [1] CM") and " (Upheld), letter p. " in lines[quotes + 1]
    assert lines[quotes + 2].startswith("      ") and len(lines[quotes + 2].strip()) > 10
    data = json.loads(run("ask", "why was the lumbar MRI denied?", "--db", str(index), "--json").stdout)
    for c in data["citations"]:
        assert f"[{c['n']}] {c['case_number']} item {c['item_index']}" in result.stdout


def test_help_has_examples_and_lists_every_filter():
    from service.filters import ALLOWED

    for command in ("index", "parse", "serve", "search", "ask", "eval", "generate"):
        text = run(command, "--help").stdout
        assert "Examples:\n" in text and f"  imr {command} " in text, command
    assert "Examples:" in run("--help").stdout
    for command in ("search", "ask"):
        text = " ".join(run(command, "--help").stdout.split())
        assert "Filters (--filter NAME=VALUE, repeatable):" in text
        for name in ALLOWED:
            assert f" {name} " in text
        for value in ("Upheld or Overturned", "lumbar, cervical", "MTUS, ACOEM, ODG, other", "no_functional_improvement",
                      "physical_therapy", "medication: opioid"):
            assert value in text, value


def test_a_read_only_index_is_searched_and_asked(index, tmp_path):
    """Through the real command in a subprocess, over a copy of the index its user cannot write:
    files without write permission (or, for root, a read-only bind mount)."""
    copy = tmp_path / "ro-index"
    shutil.copytree(index, copy)
    code = ("import sys, indexer.embed; from tests.conftest import FakeEncoder; "
            "indexer.embed.load_encoder = lambda s: FakeEncoder(); from service.cli import cli; "
            "sys.argv = ['imr'] + sys.argv[1:]; cli()")
    env = {**os.environ, "PYTHONPATH": str(REPO), "IMR_DOCS": "", "IMR_CHROMA_URL": ""}
    if os.geteuid() == 0:
        if shutil.which("unshare") is None:
            pytest.skip("no `unshare`: cannot make a read-only mount as root")
        probe = subprocess.run(["unshare", "-m", "sh", "-c", f"mount --bind -o ro {copy} {copy}"], capture_output=True)
        if probe.returncode:
            pytest.skip(f"read-only bind mounts are not permitted here: {probe.stderr.decode().strip()}")

        def imr(*args: str) -> subprocess.CompletedProcess:
            inner = shlex.join([sys.executable, "-c", code, *args])
            return subprocess.run(["unshare", "-m", "sh", "-c", f"mount --bind -o ro {copy} {copy} && exec {inner}"],
                                  capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    else:
        for path in [copy, *copy.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)

        def imr(*args: str) -> subprocess.CompletedProcess:
            return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                                  cwd=REPO, timeout=120)

    before = sorted(p.name for p in copy.iterdir())
    found = imr("search", "lumbar MRI", "--db", str(copy), "-k", "2")
    assert found.returncode == 0, found.stderr
    assert found.stdout.splitlines()[-1].startswith(" 2. CM")
    assert found.stderr.strip() == (f"warning: the index at {copy} is read-only: it is opened for reading, and "
                                    "questions are scored exactly over its vector file (no embedded Chroma)")
    asked = imr("ask", "why was the lumbar MRI denied?", "--db", str(copy))
    assert asked.returncode == 0, asked.stderr
    assert "quotes:" in asked.stdout
    assert sorted(p.name for p in copy.iterdir()) == before


def test_serve_says_a_port_is_in_use_before_announcing_a_url(index, fake_model, free_port):
    port = free_port()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", port))
        taken.listen()
        result = run("serve", "--db", str(index), "--port", str(port))
    assert result.exit_code == 1
    assert "http://" not in result.output
    assert result.stderr.startswith(f"Error: port {port} on 127.0.0.1 is in use (another `imr serve`, or another "
                                    "program): try --port ")
