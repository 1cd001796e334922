"""The vector file: every chunk's unit vector in float16, appended, memory-mapped by readers.

`vectors.f16` is a flat array of float16 rows of DIM values (768 bytes a row), nothing else. The
writer appends a batch and learns the row numbers; the catalog records each chunk's row in the same
transaction that commits the chunk. Rows of deleted or re-indexed chunks stay in the file,
unreferenced (a full re-index into a new folder drops them); a crash after an append leaves only
unreferenced rows.
Readers map the file (numpy.memmap) and score exactly the rows they need: the pages they touch are
the operating system's cache, shared between processes, not the service's own memory. The
service reads through `view`: the file mapped in segments of SEGMENT_ROWS rows, each mapped once
and its pages mapped in at once (MAP_POPULATE), so a question never waits on page faults (a
question of a large index reads rows scattered over the whole file), and a file that grows
maps only its new rows: the full segments stay as they are.
"""

from __future__ import annotations

import mmap
import os
import threading
from pathlib import Path

import numpy as np

from indexer.embed import DIM

ROW_BYTES = DIM * 2
SEGMENT_ROWS = 1 << 16  # 48 MiB a segment; a multiple of the page size in bytes
POPULATE = getattr(mmap, "MAP_POPULATE", 0)


class RowsView:
    """The rows up to `rows` of the vector file, as segments of SEGMENT_ROWS rows (the last may be
    shorter); segments before `first` are not mapped (their rows are read elsewhere: the grouped
    copy, indexer.grouped). Never changes: a question holds one from start to end."""

    def __init__(self, segments: tuple[np.ndarray, ...], first: int = 0) -> None:
        self.segments = segments  # segment `first + i` is segments[i]
        self.first = first
        self.rows = first * SEGMENT_ROWS + sum(len(s) for s in segments) if segments else 0
        self.shape = (self.rows, DIM)
        self.dtype = np.dtype(np.float16)

    def __len__(self) -> int:
        return self.rows

    def take(self, rows: np.ndarray, out: np.ndarray) -> None:
        """Rows `rows` (sorted ascending, each in the mapped segments) into `out` (len(rows) x DIM float16)."""
        first, last = int(rows[0]) // SEGMENT_ROWS, int(rows[-1]) // SEGMENT_ROWS
        if first < self.first:
            raise IndexError(f"row {int(rows[0])} lies before the rows mapped (from {self.first * SEGMENT_ROWS})")
        if first == last:
            np.take(self.segments[first - self.first], rows - first * SEGMENT_ROWS, axis=0, out=out)
            return
        bounds = np.searchsorted(rows, np.arange(first + 1, last + 1) * SEGMENT_ROWS)
        start = 0
        for seg, end in zip(range(first, last + 1), [*bounds.tolist(), len(rows)]):
            if end > start:
                np.take(self.segments[seg - self.first], rows[start:end] - seg * SEGMENT_ROWS, axis=0,
                        out=out[start:end])
            start = end


class RowReader:
    """Rows of the vector file read with pread, a call per run of adjacent rows: for the few
    hundred scattered rows a question scores again exactly (service.probe). Nothing is mapped,
    so they never enter the reader's memory (a mapping would: every fault maps the 64 KB around
    the row, and after a few hundred questions the whole file was in the service's RSS)."""

    def __init__(self, fd: int, rows: int) -> None:
        self.fd = fd
        self.rows = rows
        self.shape = (rows, DIM)
        self.dtype = np.dtype(np.float16)

    def __len__(self) -> int:
        return self.rows

    def take(self, rows: np.ndarray, out: np.ndarray) -> None:
        """Rows `rows` (sorted ascending, each < len(self)) into `out` (len(rows) x DIM float16)."""
        rows = np.asarray(rows, dtype=np.int64)
        breaks = np.flatnonzero(np.diff(rows) != 1) + 1
        target = out.view(np.uint8).reshape(len(rows), ROW_BYTES)
        for start, end in zip([0, *breaks.tolist()], [*breaks.tolist(), len(rows)]):
            want = (end - start) * ROW_BYTES
            got = os.preadv(self.fd, [memoryview(target[start:end]).cast("B")], int(rows[start]) * ROW_BYTES)
            if got != want:
                raise OSError(f"{want} bytes expected from the vector file at row {int(rows[start])}, read {got}")


class VectorFile:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._mapped: tuple[tuple[int, int], np.ndarray] | None = None  # (inode, rows), the mapping
        self._lock = threading.Lock()
        self._reader: tuple[int, int] | None = None  # (inode, fd) of `reader`
        self._segments: tuple[int, list[np.ndarray | None]] = (-1, [])  # (inode, segments of `view`; None: not mapped)

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

    def reader(self) -> RowReader:
        """Every row of the file as it is now, read with pread (`RowReader`); one descriptor,
        opened again when the file is replaced (the old one stays open: a question may hold it)."""
        with self._lock:
            try:
                stat = self.path.stat()
            except FileNotFoundError:
                return RowReader(-1, 0)
            if self._reader is None or self._reader[0] != stat.st_ino:
                self._reader = (stat.st_ino, os.open(self.path, os.O_RDONLY))
            return RowReader(self._reader[1], stat.st_size // ROW_BYTES)

    def view(self, need: int, start: int = 0) -> RowsView:
        """At least the rows from `start` to `need` (fewer only if the file has fewer), for reading:
        the segments mapped before are reused; a segment not mapped yet, or the last one when the
        file has grown, is mapped. Segments wholly before `start` are left unmapped."""
        first = max(0, start) // SEGMENT_ROWS
        with self._lock:
            inode, segments = self._segments
            mapped = bool(segments) and all(s is not None for s in segments[first:]) and segments[-1] is not None
            if mapped and (len(segments) - 1) * SEGMENT_ROWS + len(segments[-1]) >= need:
                return RowsView(tuple(segments[first:]), first)
            try:
                stat = self.path.stat()
            except FileNotFoundError:
                return RowsView(())
            if stat.st_ino != inode:
                segments = []
            rows = stat.st_size // ROW_BYTES
            if segments and segments[-1] is not None and len(segments[-1]) < SEGMENT_ROWS:
                segments[-1] = None  # the growing last segment: mapped again, longer
            count_segments = (rows + SEGMENT_ROWS - 1) // SEGMENT_ROWS
            segments.extend([None] * (count_segments - len(segments)))
            with open(self.path, "rb") as f:
                for seg in range(first, count_segments):
                    if segments[seg] is not None:
                        continue
                    count = min(SEGMENT_ROWS, rows - seg * SEGMENT_ROWS)
                    mapped_seg = mmap.mmap(f.fileno(), count * ROW_BYTES, flags=mmap.MAP_SHARED | POPULATE,
                                           prot=mmap.PROT_READ, offset=seg * SEGMENT_ROWS * ROW_BYTES)
                    segments[seg] = np.frombuffer(mapped_seg, dtype=np.float16).reshape(count, DIM)
            self._segments = (stat.st_ino, segments)
            return RowsView(tuple(segments[first:]), first)
