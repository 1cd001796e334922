"""One writer per index folder, two real processes: the second writer is refused at once, naming the
holder and what to do; readers are never refused; a killed writer leaves nothing locked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from indexer.errors import IndexBusyError
from indexer.settings import Settings
from indexer.store import open_store
from indexer.writelock import is_writing, write_lock

REPO = Path(__file__).resolve().parents[2]
HOLD = """
import sys, time
from indexer.writelock import write_lock
with write_lock(sys.argv[1], "imr index /letters"):
    print("holding", flush=True)
    time.sleep(60)
"""


def hold(root: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(root)], cwd=REPO, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.stdout.readline().strip() == "holding"
    return proc


def imr(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from service.cli import cli; cli()", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO), "IMR_EMBED_BACKEND": "onnx-int8"})


def test_a_second_writer_is_refused_at_once_and_readers_are_not(tmp_path: Path) -> None:
    root = tmp_path / "index"
    open_store(Settings.from_env({}, db=root))  # an empty index
    holder = hold(root)
    try:
        assert is_writing(root)
        started = time.perf_counter()
        with pytest.raises(IndexBusyError) as refused:
            with write_lock(root):
                pass
        assert time.perf_counter() - started < 1.0
        message = str(refused.value)
        assert f"the index at {root} is being written by pid {holder.pid} on " in message
        assert "(`imr index /letters`, since " in message
        assert "upload" in message and "POST /api/letters" in message
        from service.errors import STATUS

        assert STATUS[type(refused.value)] == 409
        # the command line says the same, with exit 1 and no traceback
        letters = tmp_path / "letters"
        letters.mkdir()
        (letters / "CM16-0000001.txt").write_text("not a letter")
        result = imr("index", str(letters), "--db", str(root))
        assert result.returncode == 1
        assert f"being written by pid {holder.pid}" in result.stderr and "Traceback" not in result.stderr
        # readers go on
        assert open_store(Settings.from_env({}, db=root), create=False).letter_count() == 0
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert not is_writing(root)  # the kernel dropped the dead holder's lock
    with write_lock(root, "next"):
        assert is_writing(root)
    assert not is_writing(root)


def test_the_lock_is_reentrant_within_a_process(tmp_path: Path) -> None:
    with write_lock(tmp_path, "outer"):
        with write_lock(tmp_path, "inner"):
            assert is_writing(tmp_path)
        assert is_writing(tmp_path)
    assert not is_writing(tmp_path)
