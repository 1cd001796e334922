"""The nearest rows to a question's vector, within the rows a filter keeps, over one warm snapshot.

A small index (up to EXACT_ALL live rows) or a selective filter: every kept row scored exactly.
Otherwise the nearest coarse lists' rows (service.probe, over the snapshot's rows laid out by
list, built once per snapshot); an index with no lists (written before them) reads Chroma's HNSW
index and scores exactly the rows the open Chroma client has not seen. An embedded client never
sees another process's writes: once many rows are unseen and no writer is at work it is opened
afresh. service.engine holds one `Nearest` and answers `Engine.dense` with it.
"""

from __future__ import annotations

import logging
import threading
import weakref

import numpy as np

from indexer.store import Store
from indexer.writelock import is_writing
from service import probe, vectors
from service.warm import Warm

logger = logging.getLogger(__name__)

EXACT_ALL = 20_000  # live rows up to which every question is scored exactly (no HNSW at all)
BROAD = 0.25  # a filter keeping more than this share of the rows reads Chroma's neighbour list
MAX_FETCH = 4000
MIN_DENSE = 20  # dense candidates worth keeping from the neighbour list before scoring exactly
REOPEN_ROWS = 2000  # rows an embedded Chroma client has not seen before it is reopened


class Nearest:
    """Dense search over the store's vector file (or its Chroma index), one per engine."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.chroma_seen = 0  # the highest chunk id the open Chroma client has seen
        self._layouts: weakref.WeakKeyDictionary[Warm, probe.Layout] = weakref.WeakKeyDictionary()
        self._layout_lock = threading.Lock()

    def mark_seen(self) -> None:
        """The open Chroma client has seen every chunk committed so far."""
        self.chroma_seen = self._max_chunk()

    def _max_chunk(self) -> int:
        return int(self.store.catalog.query("SELECT COALESCE(max(id), 0) FROM chunks")[0][0])

    def reopen_chroma_if_stale(self, warm: Warm) -> None:
        """An embedded Chroma client never sees another process's writes: the rows it has not seen
        are scored exactly; once there are many and no writer is at work, open it afresh."""
        if self.store.settings.chroma_url:
            self.chroma_seen = self._max_chunk()
            return
        unseen = int((warm.chunk > self.chroma_seen).sum())
        if unseen > REOPEN_ROWS and not is_writing(self.store.root):
            seen = self._max_chunk()
            self.store.reopen_chroma()
            self.chroma_seen = seen
            logger.info("reopened the embedded Chroma store (%d rows were scored exactly meanwhile)", unseen)

    def dense(self, warm: Warm, vector: np.ndarray, n: int, keep: np.ndarray) -> list[tuple[int, float]]:
        """The `n` nearest rows `keep` allows: (row position, cosine), best first. A small index
        or a selective filter: every kept row scored exactly. Otherwise the nearest coarse lists'
        rows (service.probe); an index with no lists (written before them) reads Chroma's HNSW
        index of the rows' section (items, or case summaries), again 4x longer (up to MAX_FETCH)
        until enough kept rows come back, and scores the rows Chroma has not seen exactly."""
        selected = int(keep.sum())
        if selected == 0:
            return []
        if warm.live <= EXACT_ALL or selected <= BROAD * warm.live:
            return self.exact(warm, vector, n, np.flatnonzero(keep))
        layout = self.layout(warm)
        if layout is not None:
            return probe.nearest(self.rows(warm, layout), self.store.vectors.reader(), warm.vec_row, layout, vector, n, keep)
        if getattr(self.store, "readonly", False):
            return self.exact(warm, vector, n, np.flatnonzero(keep))
        items = int(np.count_nonzero(keep & warm.is_item))
        section = "item" if items == selected else "summary" if items == 0 else None
        pool = {"item": warm.live_items, "summary": warm.live - warm.live_items}.get(section, warm.live)
        fetch = min(MAX_FETCH, int(n * pool / selected * 3) + n)
        while True:
            try:
                found = self.store.chroma.nearest(vector, fetch, section)
            except Exception as exc:  # noqa: BLE001 - an embedded client racing a writer: score exactly
                logger.warning("Chroma query failed (%s: %s); scoring exactly", type(exc).__name__, exc)
                return self.exact(warm, vector, n, np.flatnonzero(keep))
            by_vector = dict(self._vector_chunks([vid for vid, _sim in found]))
            ids = np.array([by_vector.get(vid, -1) for vid, _sim in found], dtype=np.int64)
            at = warm.positions(ids)
            kept = [(int(p), sim) for p, (_vid, sim) in zip(at, found) if p >= 0 and keep[p]]
            if len(kept) >= min(n, MIN_DENSE) or fetch >= min(MAX_FETCH, pool):
                break
            fetch = min(MAX_FETCH, fetch * 4)
        unseen = np.flatnonzero(keep & (warm.chunk > self.chroma_seen))
        if len(unseen):
            kept = sorted(kept + self.exact(warm, vector, n, unseen), key=lambda r: -r[1])
        if len(kept) < min(n, MIN_DENSE) and fetch < pool:
            return self.exact(warm, vector, n, np.flatnonzero(keep))
        return kept[:n]

    def prepare(self, warm: Warm) -> None:
        """What a snapshot's questions read, made ready before they come: the vector file mapped
        (its pages mapped in: the rows after the grouped copy's, when there is one) and the rows
        laid out by coarse list."""
        self.rows(warm, self.layout(warm))

    def rows(self, warm: Warm, layout: probe.Layout | None):
        """The vector file's rows the snapshot reads there: all, or those after the grouped copy's."""
        return self.store.vectors.view(warm.vec_rows, start=layout.covered if layout is not None else 0)

    def layout(self, warm: Warm) -> probe.Layout | None:
        """The snapshot's rows grouped by coarse list (indexer.coarse), built once per snapshot
        (it holds its own copy of the centroids and lists, so a writer training them afresh never
        changes it); None for an index small enough to score whole, or one with no lists."""
        if warm.live <= EXACT_ALL:
            return None
        with self._layout_lock:
            layout = self._layouts.get(warm)
            if layout is None:
                found = self.store.lists.read()
                if found is None:
                    return None
                grouped = self.store.lists.grouped_rows(populate=True)
                layout = self._layouts[warm] = probe.Layout(warm.vec_row, *found, grouped)
            return layout

    def exact(self, warm: Warm, vector: np.ndarray, n: int, positions: np.ndarray) -> list[tuple[int, float]]:
        """The `n` nearest of the rows at `positions`, every one scored."""
        layout = self.layout(warm)
        if layout is not None:
            return layout.exact(self.rows(warm, layout), self.store.vectors.reader(), warm.vec_row, vector, n, positions)
        matrix = self.rows(warm, None)
        rows = warm.vec_row[positions]
        inside = rows < len(matrix)
        positions, rows = positions[inside], rows[inside]
        return [(int(positions[i]), sim) for i, sim in vectors.top(matrix, vector, rows, n)]

    def _vector_chunks(self, vector_ids: list[str]) -> list[tuple[str, int]]:
        if not vector_ids:
            return []
        marks = ",".join("?" * len(vector_ids))
        return self.store.catalog.query(f"SELECT vector_id, id FROM chunks WHERE vector_id IN ({marks})", vector_ids)
