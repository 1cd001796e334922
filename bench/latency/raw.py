"""The raw baseline (encoder + Chroma, in process) and the service's exact filtered scoring alone."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from bench.latency.common import FILTER, summary

class Raw:
    """The same encoder's `encode([q])` + `Store.query` (60 candidates, as the service asks), in process."""

    def __init__(self, db: Path | None, url: str, encoder) -> None:
        from indexer.settings import Settings
        from indexer.store import Store
        from service.filters import to_where

        self.store = Store(Settings.from_env({}, db=db or Path("unused"), chroma_url=url))
        self.encoder = encoder
        self.where = {"unfiltered": to_where({}), "filtered": to_where(FILTER)}
        self.lat: dict[str, dict[str, list[float]]] = {
            f: {"embed": [], "chroma": [], "total": [], "ids_only": []} for f in self.where}

    def __call__(self, q: str, filt: str, record: bool = True) -> None:
        t0 = time.perf_counter()
        v = self.encoder.encode([q])
        t1 = time.perf_counter()
        self.store.query(v, 60, self.where[filt])
        t2 = time.perf_counter()
        if filt == "unfiltered":  # the cheapest query there is: ids and distances, no documents
            self.store.nearest(v, 60)
        t3 = time.perf_counter()
        if record:
            rec = self.lat[filt]
            rec["embed"].append((t1 - t0) * 1e3), rec["chroma"].append((t2 - t1) * 1e3), rec["total"].append((t2 - t0) * 1e3)
            if filt == "unfiltered":
                rec["ids_only"].append((t1 - t0 + t3 - t2) * 1e3)

    def ids_only(self, q: str) -> None:
        """Embed + `Store.nearest` alone (what the service asks Chroma for), recorded as ids_only."""
        t0 = time.perf_counter()
        self.store.nearest(self.encoder.encode([q]), 60)
        self.lat["unfiltered"]["ids_only"].append((time.perf_counter() - t0) * 1e3)

    def result(self) -> dict:
        return {f: {part: summary(v, 0, 0) for part, v in parts.items() if v} for f, parts in self.lat.items()}


def exact_filtered(size: int, item_share: float, seconds: float, seed: int = 3) -> dict:
    """How the service's exact filtered scoring (service.vectors) grows: top-60 by cosine over the
    rows a filter keeps, for filters keeping 1%, 5% and 25% (the most it scores exactly) of the
    item rows a store of `size` chunks holds. Random unit vectors: the cost does not depend on them."""
    from service.vectors import Vectors

    rng = np.random.default_rng(seed)
    n = int(size * item_share)
    matrix = rng.standard_normal((n, 384), dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    vectors = Vectors(matrix)
    del matrix
    out = {"item_rows": n, "matrix_mb": round(vectors.matrix.nbytes / 1e6, 1)}
    for share in (0.01, 0.05, 0.25):
        rows = np.flatnonzero(rng.random(n) < share)
        lat, end = [], time.perf_counter() + seconds
        while time.perf_counter() < end and len(lat) < 200:
            q = rng.standard_normal(384).astype(np.float32)
            t = time.perf_counter()
            vectors.top(q / np.linalg.norm(q), 60, rows)
            lat.append((time.perf_counter() - t) * 1e3)
        out[f"{share:.2f}"] = {"rows": len(rows), **summary(lat, 0, 0)}
    return out
