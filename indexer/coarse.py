"""Coarse lists over the vector file: an inverted-file (IVF) index, so a reader of a large index
scores exactly only the rows of the few lists nearest a question, straight from the memory-mapped
vector file, and holds no copy of the vectors (Chroma's HNSW holds every vector in float32 in the
reading process: 1.5 GB at 1M chunks).

`<index>/vectors.lists` is one file:

    header    b"IMRIVF1\\0", uint32 lists (K), uint32 DIM, uint64 rows the centroids were trained on
    K x DIM   float32 unit centroids (spherical k-means over a sample of the vector file)
    uint16    one per vector-file row, in row order: the row's nearest centroid

The writer (`sync`, under the index's write lock) assigns the rows appended since, and trains the
centroids afresh when the file has no centroids yet and holds MIN_ROWS rows, or has grown RETRAIN
times since they were trained (written to a temporary file, then renamed over the old one: a
reader keeps its mapping of the old file). A crash mid-append leaves a torn last entry, cut off on
the next `sync`; rows not yet assigned are scored exactly by readers, like rows Chroma has not seen.

`sync` also keeps `vectors.grouped` (indexer.grouped), the rows copied list by list: written with
every training, and afresh when the rows appended since pass REGROUP of those it holds.
"""

from __future__ import annotations

import math
import os
import struct
import threading
from pathlib import Path

import numpy as np

from indexer import grouped
from indexer.embed import DIM

MAGIC = b"IMRIVF1\0"
HEADER = struct.Struct("<8sIIQ")
MIN_ROWS = 20_000  # below this every question is scored exactly over all rows (service.nearest.EXACT_ALL)
RETRAIN = 4  # train afresh when the vector file has grown this many times since the last training
SAMPLE = 65_536  # rows the centroids are trained on
ITERATIONS = 10
BLOCK = 16_384  # rows converted to float32 and assigned at a time
# The grouped copy is written afresh when the rows appended since pass this share of the rows it
# holds: readers read at most this share scattered, and a build from nothing writes the copy about
# 5 times its final size in all (0.77 GB at 1M chunks, so about 4 GB over the whole build).
REGROUP = 0.25


def list_count(rows: int) -> int:
    """K for an index of `rows` rows: 2 sqrt(rows), 64 to 4,096 (lists of about sqrt(rows) / 2)."""
    return int(min(4096, max(64, round(2 * math.sqrt(rows)))))


def train(sample: np.ndarray, k: int, *, seed: int = 0, iterations: int = ITERATIONS) -> np.ndarray:
    """Spherical k-means: `k` unit centroids (float32) of the unit rows of `sample`."""
    data = np.asarray(sample, dtype=np.float32)
    rng = np.random.default_rng(seed)
    k = min(k, len(data))
    centroids = data[rng.choice(len(data), k, replace=False)].copy()
    for _ in range(iterations):
        nearest = assign(data, centroids)
        sums = np.zeros_like(centroids)
        np.add.at(sums, nearest, data)
        empty = ~sums.any(axis=1)
        if empty.any():  # an empty list restarts at rows far from their centroid
            far = np.argsort(np.einsum("ij,ij->i", data, centroids[nearest]))[: int(empty.sum())]
            sums[np.flatnonzero(empty)[: len(far)]] = data[far]
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centroids = (sums / np.maximum(norms, 1e-12)).astype(np.float32)
    return centroids


def assign(vectors: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Each row's nearest centroid (largest inner product), as uint16."""
    out = np.empty(len(vectors), dtype=np.uint16)
    for start in range(0, len(vectors), BLOCK):
        block = np.asarray(vectors[start : start + BLOCK], dtype=np.float32)
        out[start : start + len(block)] = np.argmax(block @ centroids.T, axis=1)
    return out


class CoarseLists:
    """The lists file of one index folder."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.grouped_path = self.path.with_name("vectors.grouped")
        self._mapped: tuple[tuple[int, int], np.ndarray, np.ndarray] | None = None
        self._grouped: tuple[tuple[int, int, int], grouped.Grouped | None] | None = None
        self._lock = threading.Lock()

    # -- reading -------------------------------------------------------------------------------
    def read(self) -> tuple[np.ndarray, np.ndarray] | None:
        """(centroids K x DIM float32, list of each assigned row uint16), memory-mapped; None when
        the index has no lists (small, or written before lists existed)."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return None
        with self._lock:
            if self._mapped is None or self._mapped[0] != (stat.st_ino, stat.st_size):
                with open(self.path, "rb") as f:
                    magic, k, dim, _trained = HEADER.unpack(f.read(HEADER.size))
                if magic != MAGIC or dim != DIM:
                    return None
                start = HEADER.size + k * dim * 4
                rows = max(0, (stat.st_size - start) // 2)
                centroids = np.array(np.memmap(self.path, dtype=np.float32, mode="r", offset=HEADER.size, shape=(k, dim)))
                lists = np.memmap(self.path, dtype=np.uint16, mode="r", offset=start, shape=(rows,)) if rows \
                    else np.zeros(0, np.uint16)
                self._mapped = ((stat.st_ino, stat.st_size), centroids, lists)
            return self._mapped[1], self._mapped[2]

    def trained_rows(self) -> int:
        try:
            with open(self.path, "rb") as f:
                magic, _k, dim, trained = HEADER.unpack(f.read(HEADER.size))
        except (FileNotFoundError, struct.error):
            return 0
        return trained if magic == MAGIC and dim == DIM else 0

    def grouped_rows(self, *, populate: bool = False) -> grouped.Grouped | None:
        """The grouped copy (indexer.grouped) when it belongs to the lists as they are now; one
        mapping while the file stays the same (a mapping per snapshot would count its pages in
        the reader's memory once per mapping alive)."""
        try:
            stat = self.grouped_path.stat()
        except FileNotFoundError:
            return None
        key = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
        with self._lock:
            if self._grouped is None or self._grouped[0] != key:
                self._grouped = (key, grouped.read(self.grouped_path, populate=populate))
            found = self._grouped[1]
        if found is None or found.trained != self.trained_rows():
            return None
        return found

    # -- writing (under the index's write lock) ----------------------------------------------------
    def sync(self, matrix: np.ndarray, *, progress=None) -> str:
        """Bring the lists level with the vector file `matrix` (rows x DIM): train when due, else
        assign the rows appended since; then write the grouped copy when due. Returns what it
        did: "none", "assigned N" or "trained K", and "; grouped R" when it wrote the copy."""
        done = self._sync_lists(matrix, progress)
        found = self.read()
        if found is None:
            return done
        centroids, lists = found
        trained = self.trained_rows()
        have = grouped.header(self.grouped_path)
        due = (have is None or have[0] != len(centroids) or have[1] != trained or have[2] > len(lists)
               or len(lists) - have[2] > REGROUP * have[2])
        if not due:
            return done
        if progress:
            progress(f"coarse lists: copying {len(lists):,} rows list by list")
        rows = grouped.write(self.grouped_path, matrix, lists, len(centroids), trained)
        return f"{done}; grouped {rows}"

    def _sync_lists(self, matrix: np.ndarray, progress) -> str:
        rows = len(matrix)
        found = self.read()
        trained = self.trained_rows() if found else 0
        if rows < MIN_ROWS and not trained:
            return "none"
        if not trained or rows >= RETRAIN * trained or len(found[1]) > rows:
            k = list_count(rows)
            rng = np.random.default_rng(rows)
            pick = np.sort(rng.choice(rows, min(SAMPLE, rows), replace=False))
            centroids = train(np.asarray(matrix[pick], dtype=np.float32), k, seed=rows)
            if progress:
                progress(f"coarse lists: {len(centroids)} centroids trained on {len(pick):,} of {rows:,} rows; assigning")
            tmp = self.path.with_name(self.path.name + ".tmp")
            with open(tmp, "wb") as f:
                f.write(HEADER.pack(MAGIC, len(centroids), DIM, rows))
                f.write(np.ascontiguousarray(centroids, dtype=np.float32).tobytes())
                for start in range(0, rows, BLOCK * 16):
                    f.write(assign(matrix[start : start + BLOCK * 16], centroids).tobytes())
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
            return f"trained {len(centroids)}"
        centroids = found[0]
        start = HEADER.size + len(centroids) * DIM * 4
        size = self.path.stat().st_size
        done = (size - start) // 2
        if (size - start) % 2:  # a torn entry from a crash mid-append
            os.truncate(self.path, start + 2 * done)
        if done >= rows:
            return "none"
        with open(self.path, "ab") as f:
            f.write(assign(matrix[done:rows], centroids).tobytes())
        return f"assigned {rows - done}"
