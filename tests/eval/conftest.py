"""The real letters indexed once per test session with the real model (for the regression gate), and
the `imr` group with the plugins pyproject.toml registers (loaded from that file's entry points, so the
tests do not depend on how the package was installed)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from importlib.metadata import EntryPoint
from pathlib import Path

import click
import pytest

from eval.run import REAL


def need_real() -> None:
    if not (REAL / "reference.jsonl").exists():
        pytest.skip(f"{REAL} not found: the evaluation gate needs ../shared/corpus beside the checkout")


@pytest.fixture(scope="session")
def real_workspace(real_encoder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    need_real()
    from eval.workspace import Workspace
    from indexer.settings import Settings

    root: Path = tmp_path_factory.mktemp("eval-real")
    with Workspace(Settings.from_env({}), REAL / "pdf", encoder=real_encoder, root=root) as workspace:
        yield workspace


PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def declared_plugins() -> list[EntryPoint]:
    """The `imr.commands` entry points pyproject.toml declares."""
    declared = tomllib.loads(PYPROJECT.read_text())["project"]["entry-points"]["imr.commands"]
    return [EntryPoint(name=name, value=value, group="imr.commands") for name, value in declared.items()]


@pytest.fixture
def plugin_cli() -> click.Group:
    """A copy of the product's `imr` group with the declared plugins loaded into it."""
    from service.cli import cli, load_plugins

    group = click.Group(cli.name, commands={n: c for n, c in cli.commands.items() if n not in ("eval", "generate")},
                        callback=cli.callback, params=cli.params)
    load_plugins(group, declared_plugins())
    return group
