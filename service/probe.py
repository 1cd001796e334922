"""Dense search of a large index through its coarse lists (indexer.coarse), without Chroma's HNSW.

A snapshot's rows are laid out by list once (`Layout`, 10-50 ms at 1M chunks); a question scores
the K centroids and takes the nearest lists until they hold PROBE_ROWS of the rows it may see.
Those of the 8-bit copy (indexer.grouped) are scanned there, list by list, as a few runs of
adjacent rows; its RESCORE best are scored again exactly from the float16 vector file (read with
pread), so the order returned is the exact one. Rows written since the copy (the tail) are scored
exactly from the memory-mapped vector file, grouped by list the same way; rows not yet assigned
to a list (written since, or by a crashed writer) are always scored. A selective filter's rows
(`Layout.exact`) are scanned in the copy the same way, so the service maps only the copy and the
vector file's tail.
"""

from __future__ import annotations

import numpy as np

from indexer.grouped import Grouped
from service import vectors

# The copy's rows kept by their 8-bit scores and scored again exactly (at least 4n). Its scores are
# within 0.0015 of the exact ones; the 60th best and the 256th lie further apart than that.
RESCORE = 256
PROBE_ROWS = 12_000  # rows a question may see, scanned: items recall@60 0.99 at 1M chunks (HNSW: 0.89)
FIRST_BATCH = 32  # lists read in the first batch: the median question reads about 25


def _kept_runs(starts: np.ndarray, lists: np.ndarray, allowed) -> tuple[np.ndarray, np.ndarray]:
    """The indexes of the runs [starts[c], starts[c + 1]) of `lists`, in that order, that
    `allowed` (a function of an index array, giving a bool array) keeps, and each list's count."""
    begins, ends = starts[lists], starts[lists + 1]
    sizes = ends - begins
    if not sizes.sum():
        return np.zeros(0, np.int64), np.zeros(len(lists), np.int64)
    bounds = np.concatenate(([0], np.cumsum(sizes)))  # each run's place in the batch
    index = np.arange(int(bounds[-1]), dtype=np.int64) + np.repeat(begins - bounds[:-1], sizes)
    ok = allowed(index)
    running = np.concatenate(([0], np.cumsum(ok)))
    return index[ok], running[bounds[1:]] - running[bounds[:-1]]


class Layout:
    """The rows of one snapshot (its `vec_row` column) laid out by coarse list."""

    def __init__(self, vec_row: np.ndarray, centroids: np.ndarray, assigned: np.ndarray,
                 grouped: Grouped | None = None) -> None:
        self.centroids = centroids
        self.grouped = grouped if grouped is not None and grouped.lists == len(centroids) else None
        self.covered = len(self.grouped) if self.grouped is not None else 0  # vector rows in the copy
        if self.grouped is not None:
            position = np.full(max(self.covered, int(vec_row.max(initial=-1)) + 1), -1, dtype=np.int32)
            position[vec_row] = np.arange(len(vec_row), dtype=np.int32)
            self.at = position[self.grouped.rows]  # each copied row's position; -1: not in this snapshot
            self.index = np.empty(self.covered, dtype=np.int32)  # each copied vector row's place in the copy
            self.index[self.grouped.rows] = np.arange(self.covered, dtype=np.int32)
        tail = np.flatnonzero(vec_row >= self.covered).astype(np.int32)
        rows = vec_row[tail]
        lists = np.full(len(tail), -1, dtype=np.int32)
        inside = rows < len(assigned)
        lists[inside] = assigned[rows[inside]]
        self.unassigned = tail[~inside]
        order = np.argsort(lists, kind="stable")
        self.order = tail[order][len(self.unassigned):]  # the tail's positions, list by list
        self.starts = np.searchsorted(lists[order], np.arange(len(centroids) + 1)).astype(np.int64) - len(self.unassigned)

    def candidates(self, vector: np.ndarray, keep: np.ndarray, rows: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """What `keep` allows in the nearest lists, list by list until they hold `rows`
        (PROBE_ROWS): (places in the grouped copy, tail positions, with the unassigned ones).
        Counted per list: the rows a filter keeps cluster (case summaries share lists), so the
        share of the whole index misleads. The lists are read in batches (32, then twice as many
        each time), every batch with a few array operations, not a few per list."""
        wanted = PROBE_ROWS if rows is None else rows
        sims = self.centroids @ np.asarray(vector, dtype=np.float32).ravel()
        ranked = np.argsort(-sims, kind="stable")
        kept = np.append(keep, False)  # a copied row not in the snapshot (-1) reads the False
        copied, tail, found, done, batch = [], [], 0, 0, FIRST_BATCH
        while done < len(ranked) and found < wanted:
            lists = ranked[done : done + batch]
            done += len(lists)
            batch *= 2
            places, copied_counts = _kept_runs(self.grouped.starts, lists, lambda idx: kept[self.at[idx]]) \
                if self.grouped is not None else (np.zeros(0, np.int64), np.zeros(len(lists), np.int64))
            offsets, tail_counts = _kept_runs(self.starts, lists, lambda idx: keep[self.order[idx]])
            total = np.cumsum(copied_counts + tail_counts)
            last = int(np.searchsorted(total, wanted - found))  # the list that reaches `wanted`, if any
            if last < len(lists):
                places = places[: int(copied_counts[: last + 1].sum())]
                offsets = offsets[: int(tail_counts[: last + 1].sum())]
            copied.append(places)
            tail.append(self.order[offsets])
            found += int(total[min(last, len(lists) - 1)])
        tail.append(self.unassigned[keep[self.unassigned]])
        return (np.concatenate(copied) if copied else np.zeros(0, np.int64)), np.concatenate(tail)

    def score(self, matrix: np.ndarray, file: np.ndarray, vec_row: np.ndarray, vector: np.ndarray, n: int,
              places: np.ndarray, positions: np.ndarray) -> list[tuple[int, float]]:
        """The `n` nearest of the copy's `places` and the tail's `positions`: (row position,
        cosine), best first, every cosine exact. The copy's 8-bit codes choose its RESCORE (or 4n)
        best, which are scored again from `file` (the whole vector file, read row by row:
        indexer.vectorfile.RowReader); the tail's rows are read from `matrix` (the vector file's rows after the copy)."""
        found = []
        if len(places):
            best = vectors.nearest_codes(self.grouped.codes, self.grouped.scales, vector, places, max(RESCORE, 4 * n))
            rows = self.grouped.rows[best]
            found += [(int(self.at[best[i]]), sim) for i, sim in vectors.top(file, vector, rows, n)]
        rows = vec_row[positions]
        inside = rows < len(matrix)
        positions, rows = positions[inside], rows[inside]
        found += [(int(positions[i]), sim) for i, sim in vectors.top(matrix, vector, rows, n)]
        return sorted(found, key=lambda r: -r[1])[:n] if len(places) else found

    def exact(self, matrix: np.ndarray, file: np.ndarray, vec_row: np.ndarray, vector: np.ndarray, n: int,
              positions: np.ndarray) -> list[tuple[int, float]]:
        """The `n` nearest of these row positions, every one scanned: the copy's rows in the copy
        (its best scored again from `file`), the tail's read from `matrix`."""
        rows = vec_row[positions]
        copied = rows < self.covered
        places = self.index[rows[copied]] if self.grouped is not None else np.zeros(0, np.int64)
        return self.score(matrix, file, vec_row, vector, n, places, positions[~copied])


def nearest(matrix: np.ndarray, file: np.ndarray, vec_row: np.ndarray, layout: Layout, vector: np.ndarray, n: int,
            keep: np.ndarray) -> list[tuple[int, float]]:
    """The `n` nearest rows `keep` allows among the probed lists: (row position, cosine), best first."""
    places, positions = layout.candidates(vector, keep)
    return layout.score(matrix, file, vec_row, vector, n, places, positions)
