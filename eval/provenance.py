"""What a report was measured on: settings, model, git commit, index hash, split (recorded in every report)."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import msgspec

_SECRET = re.compile(r"key|token|secret|password", re.IGNORECASE)


def git_state(repo: Path) -> dict[str, Any]:
    """{"commit": sha or "", "dirty": bool | None} of the checkout at `repo` (None: not a git checkout)."""
    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, timeout=20)
        except (OSError, subprocess.SubprocessError):
            return None
        return done.stdout if done.returncode == 0 else None

    commit = git("rev-parse", "HEAD")
    status = git("status", "--porcelain", "--untracked-files=no")
    return {"commit": (commit or "").strip(), "dirty": None if status is None else bool(status.strip())}


def index_hash(chunks: Iterable[tuple[str, str]]) -> str:
    """sha256 over the sorted (chunk id, sha256 of its text) pairs: equal iff the same chunks hold the same text."""
    digest = hashlib.sha256()
    for chunk_id, text in sorted((str(i), hashlib.sha256(t.encode("utf-8")).hexdigest()) for i, t in chunks):
        digest.update(f"{chunk_id}\t{text}\n".encode())
    return digest.hexdigest()


def settings_record(settings: Any) -> dict[str, Any]:
    """The settings as plain values, with any key/token/secret/password field shown only as set or not."""
    if isinstance(settings, msgspec.Struct):
        raw = msgspec.structs.asdict(settings)
    elif dataclasses.is_dataclass(settings):
        raw = dataclasses.asdict(settings)  # type: ignore[arg-type]
    else:
        raw = dict(vars(settings))
    raw = {name: value if isinstance(value, (str, int, float, bool, type(None))) else str(value)
           for name, value in raw.items()}
    return {name: ("(set)" if value else "") if _SECRET.search(name) else value for name, value in sorted(raw.items())}
