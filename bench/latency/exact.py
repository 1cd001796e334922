"""The service's exact scoring (service.vectors.top over the memory-mapped vector file) timed
alone on a bench index, for random row sets of 1%, 5% and 25% of its rows (25% is the most the
engine scores exactly before it reads Chroma's neighbour list instead)."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from bench.latency.common import summary


def exact_scoring(db: Path, seconds: float, seed: int = 3) -> dict:
    from indexer.vectorfile import VectorFile
    from service.vectors import top

    matrix = VectorFile(db / "vectors.f16").map()
    rng = np.random.default_rng(seed)
    out: dict = {"rows": len(matrix), "file_mb": round(matrix.nbytes / 1e6, 1)}
    for share in (0.01, 0.05, 0.25):
        rows = np.flatnonzero(rng.random(len(matrix)) < share)
        lat, end = [], time.perf_counter() + seconds
        while time.perf_counter() < end and len(lat) < 200:
            q = rng.standard_normal(matrix.shape[1]).astype(np.float32)
            t = time.perf_counter()
            top(matrix, q / np.linalg.norm(q), rows, 60)
            lat.append((time.perf_counter() - t) * 1e3)
        out[f"{share:.2f}"] = {"rows": len(rows), **summary(lat, 0, 0)}
    return out
