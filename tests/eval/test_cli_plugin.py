"""`imr eval` and `imr generate` are plugins: the product's CLI loads them by entry point and never imports eval/."""

from __future__ import annotations

import ast
import logging
import tomllib
from importlib.metadata import EntryPoint
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from service.cli import load_plugins

REPO = Path(__file__).resolve().parents[2]


def test_pyproject_declares_eval_and_generate() -> None:
    declared = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["entry-points"]["imr.commands"]
    assert declared == {"eval": "eval.cli:eval_command", "generate": "eval.cli:generate"}


def test_load_plugins_adds_commands_and_skips_broken_ones(caplog: pytest.LogCaptureFixture) -> None:
    group = click.Group("imr")
    entry_points = [
        EntryPoint(name="eval", value="eval.cli:eval_command", group="imr.commands"),
        EntryPoint(name="broken", value="eval.no_such_module:command", group="imr.commands"),
        EntryPoint(name="generate", value="eval.cli:generate", group="imr.commands"),
    ]
    with caplog.at_level(logging.WARNING):
        assert load_plugins(group, entry_points) == ["eval", "generate"]
    assert sorted(group.commands) == ["eval", "generate"]
    assert "imr plugin broken (eval.no_such_module:command) failed to load" in caplog.text
    assert load_plugins(group, entry_points[:1]) == []  # a command already there is kept


def test_plugin_commands_run_through_the_group(plugin_cli: click.Group, tmp_path: Path) -> None:
    help_text = CliRunner().invoke(plugin_cli, ["--help"]).output
    assert "eval " in help_text and "generate " in help_text and "ask " in help_text
    eval_help = CliRunner().invoke(plugin_cli, ["eval", "--help"]).output
    assert "--split [tune|test|all]" in eval_help
    result = CliRunner().invoke(plugin_cli, ["generate", str(tmp_path / "g"), "-n", "2", "--seed", "1"])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote 2 letters to {tmp_path / 'g'}\n"
    assert len(list((tmp_path / "g").glob("*.txt"))) == 2


def test_the_product_never_imports_the_harness() -> None:
    for path in sorted((REPO / "service").rglob("*.py")) + sorted((REPO / "indexer").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not [n for n in names if n.split(".")[0] in ("eval", "corpus")], f"{path} imports {names}"


def test_metrics_never_import_the_system() -> None:
    for name in ("metrics", "support", "decisions", "reasons", "significance", "comparison"):
        tree = ast.parse((REPO / "eval" / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                assert not [n for n in names if n.split(".")[0] in ("service", "indexer")], (name, names)


def test_product_commands_do_not_load_the_plugins() -> None:
    """`imr ask --help` (any product command) runs without importing eval/; listing commands loads them."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from service.cli import cli\n"
        "result = CliRunner().invoke(cli, ['ask', '--help'])\n"
        "print(result.exit_code, sorted(m for m in sys.modules if m.split('.')[0] in ('eval', 'corpus')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert done.stdout.strip() == "0 []", done.stderr[-2000:]
