"""The vector file: every chunk's unit vector in float16, appended, memory-mapped by readers.

`vectors.f16` is a flat array of float16 rows of DIM values (768 bytes a row), nothing else. The
writer appends a batch and learns the row numbers; the catalog records each chunk's row in the same
transaction that commits the chunk. Rows of deleted or re-indexed chunks stay in the file,
unreferenced (a full re-index into a new folder drops them); a crash after an append leaves only
unreferenced rows.
Readers map the file (numpy.memmap) and score exactly the rows they need: the pages they touch are
the operating system's cache, shared between processes, not the service's own memory.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np

from indexer.embed import DIM

ROW_BYTES = DIM * 2


class VectorFile:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._mapped: tuple[tuple[int, int], np.ndarray] | None = None  # (inode, rows), the mapping
        self._lock = threading.Lock()

    def rows(self) -> int:
        try:
            return self.path.stat().st_size // ROW_BYTES
        except FileNotFoundError:
            return 0

    def append(self, vectors: np.ndarray) -> range:
        """Append unit vectors (n x DIM); returns their row numbers."""
        data = np.ascontiguousarray(vectors, dtype=np.float16)
        if data.ndim != 2 or data.shape[1] != DIM:
            raise ValueError(f"expected vectors of {DIM} values, got shape {data.shape}")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            size = os.fstat(fd).st_size
            if size % ROW_BYTES:  # a torn row from a crash mid-write: pad it out, never reuse it
                os.write(fd, b"\0" * (ROW_BYTES - size % ROW_BYTES))
                size += ROW_BYTES - size % ROW_BYTES
            os.write(fd, data.tobytes())
        finally:
            os.close(fd)
        first = size // ROW_BYTES
        return range(first, first + len(data))

    def map(self) -> np.ndarray:
        """The whole file as a read-only (rows x DIM) float16 array (empty when there is none).
        One mapping is shared until the file grows: a mapping per question, as before, put the
        same cached pages in the process's RSS once per mapping alive (8 clients scoring at once
        at 1M chunks: RssFile 3 GB, for a 768 MB file)."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return np.zeros((0, DIM), dtype=np.float16)
        rows = stat.st_size // ROW_BYTES
        if rows == 0:
            return np.zeros((0, DIM), dtype=np.float16)
        with self._lock:
            if self._mapped is None or self._mapped[0] != (stat.st_ino, rows):
                self._mapped = ((stat.st_ino, rows), np.memmap(self.path, dtype=np.float16, mode="r", shape=(rows, DIM)))
            return self._mapped[1]
