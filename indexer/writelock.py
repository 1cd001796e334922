"""One writer per index folder: an advisory lock file that names its holder.

`imr index`, an upload through `imr serve` and a deletion each hold `<index>/write.lock` while
they write. A second writer is refused at once with a message naming the holder (pid, command,
host, since when) and what to do. Readers never take the lock and are never refused. The lock is
re-entrant within a process (an upload runs the indexing pipeline, which locks again) and is
released by the kernel when its process dies, so a `kill -9` never leaves the index locked. It is a
POSIX record lock (`lockf`), which belongs to the process: the parse workers a writer forks do not
inherit it, so an orphaned worker cannot keep a killed writer's lock alive (a `flock` would).
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from indexer.errors import IndexBusyError

_held: dict[Path, tuple[int, int]] = {}  # lock path -> (fd, depth) held by this process
_guard = threading.Lock()


def holder(path: Path) -> str:
    """Who holds the lock, in words (empty when the file says nothing)."""
    try:
        info = json.loads(Path(path).read_text() or "{}")
    except (OSError, ValueError):
        return ""
    if not info:
        return ""
    since = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(info.get("since", 0)))
    return f"pid {info.get('pid')} on {info.get('host')} (`{info.get('command')}`, since {since})"


@contextmanager
def write_lock(root: Path, what: str = ""):
    """Hold the index folder's write lock for the block, or raise IndexBusyError at once."""
    path = (Path(root) / "write.lock").resolve()
    with _guard:
        fd, depth = _held.get(path, (-1, 0))
        if depth == 0:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:  # EAGAIN or EACCES: held elsewhere
                os.close(fd)
                who = holder(path) or "another process"
                raise IndexBusyError(
                    f"the index at {root} is being written by {who}. Only one process may write an index at a "
                    "time: wait for it to finish, or add letters through the running server (the page's upload "
                    "or POST /api/letters) instead of a second `imr index`. Searching and asking are not "
                    "affected.") from None
            os.ftruncate(fd, 0)
            os.write(fd, json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": time.time(),
                                     "command": what or " ".join(["imr", *sys.argv[1:]])[:200]}).encode())
        _held[path] = (fd, depth + 1)
    try:
        yield
    finally:
        with _guard:
            fd, depth = _held[path]
            if depth == 1:
                del _held[path]
                os.ftruncate(fd, 0)
                fcntl.lockf(fd, fcntl.LOCK_UN)
                os.close(fd)
            else:
                _held[path] = (fd, depth - 1)


def is_writing(root: Path) -> bool:
    """Whether some process (this one included) holds the folder's write lock now."""
    path = Path(root) / "write.lock"
    if not path.exists():
        return False
    if path.resolve() in _held:
        return True
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:  # EAGAIN or EACCES: held elsewhere
        return True
    finally:
        os.close(fd)  # closing drops a shared lock we may have taken
    return False
