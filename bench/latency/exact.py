"""The service's exact scoring (service.vectors.top over the memory-mapped vector file) timed
alone on a bench index, for random row sets of 1%, 5% and 25% of its rows (25% is the most the
engine scores exactly before it reads Chroma's neighbour list instead)."""

from __future__ import annotations

import os
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


def components(db: Path, qs: list[str], seconds: float, chroma_url: str = "") -> dict:
    """The parts of a question timed alone, in this process, on the bench index: the lexical
    segment (Warm.lexical, 60 best, unfiltered and with the bench filter's mask), the HNSW lookup
    (Chroma nearest, k = 60 and 1,000, embedded or `chroma_url`), the query encoder (onnx-int8),
    and the warm view's build (Warm(...), as at start-up)."""
    from bench.latency.common import FILTER
    from indexer.embed import load_encoder
    from indexer.settings import Settings
    from indexer.store import open_store
    from service.engine import Engine
    from service.warm import Warm

    settings = Settings.from_env({}, db=db, chroma_url=chroma_url, embed_backend="onnx-int8")
    store = open_store(settings, create=False)
    started = time.perf_counter()
    warm = Warm(store.catalog, store.root)
    out: dict = {"warm_build_ms": round((time.perf_counter() - started) * 1e3, 1), "live_rows": warm.live}
    engine = Engine(settings, store, load_encoder(settings))
    vectors = [engine.encoder.encode([q])[0] for q in qs[:5]]
    lat: dict[str, list[float]] = {"encode": [], "lexical": [], "lexical_filtered": [], "hnsw_60": [], "hnsw_1000": []}
    masks = {"lexical": None, "lexical_filtered": engine.keep(warm, FILTER)}
    from bench.latency.procs import memory_mb

    before = memory_mb(os.getpid()).get("RssAnon", 0.0)
    started = time.perf_counter()
    store.chroma.nearest(vectors[0], 10)  # open Chroma (embedded: loads its HNSW index)
    out["chroma_open_ms"] = round((time.perf_counter() - started) * 1e3, 1)
    out["chroma_open_rss_anon_mb"] = round(memory_mb(os.getpid()).get("RssAnon", 0.0) - before, 1)
    end = time.perf_counter() + seconds
    for i, q in enumerate(qs):
        if time.perf_counter() > end:
            break
        t = time.perf_counter()
        vector = engine.encoder.encode([q])[0]
        lat["encode"].append((time.perf_counter() - t) * 1e3)
        for key, mask in masks.items():
            t = time.perf_counter()
            warm.lexical(q, 60, mask)
            lat[key].append((time.perf_counter() - t) * 1e3)
        for k in (60, 1000):
            t = time.perf_counter()
            store.chroma.nearest(vector, k)
            lat[f"hnsw_{k}"].append((time.perf_counter() - t) * 1e3)
    out.update({key: summary(v, 0, 0) for key, v in lat.items()})
    return out
