"""The real letters indexed once per test session with the real model (for the regression gate)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

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
