"""cProfile of 30 searches in process, unfiltered and filtered, on a bench index."""

from __future__ import annotations

import time
from pathlib import Path

from bench.latency.common import FILTER


def profile_search(db: Path, qs: list[str]) -> str:
    import cProfile
    import io
    import pstats

    from indexer.embed import load_encoder
    from indexer.settings import Settings
    from indexer.store import open_store
    from service import qa
    from service.engine import Engine

    settings = Settings.from_env({}, db=db, embed_backend="onnx-int8")
    engine = Engine(settings, open_store(settings, create=False), load_encoder(settings))
    qa.search(engine, qa.SearchRequest(query="lumbar MRI denied"))  # the warm view and Chroma opened
    report = []
    for label, filters in (("unfiltered", None), ("filtered", FILTER)):
        prof = cProfile.Profile()
        start = 0 if filters is None else 30  # distinct questions: the embedding cache must not hide the encoder
        reqs = [qa.SearchRequest(query=q, filters=filters) for q in qs[start : start + 30]]
        t0 = time.perf_counter()
        prof.enable()
        for req in reqs:
            qa.search(engine, req)
        prof.disable()
        per = (time.perf_counter() - t0) / len(reqs) * 1e3
        s = io.StringIO()
        pstats.Stats(prof, stream=s).sort_stats("cumulative").print_stats(28)
        report.append(f"### {label}: {per:.1f} ms/search in process (cProfile on)\n{s.getvalue()}")
    return "\n".join(report)
