"""cProfile of 30 searches in process, unfiltered and filtered."""

from __future__ import annotations

import time
from pathlib import Path

from bench.latency.common import FILTER

def profile_search(db: Path, qs: list[str], encoder) -> str:
    import cProfile
    import io
    import pstats

    from indexer.settings import Settings
    from indexer.store import Store
    from service import qa
    from service.engine import Engine

    engine = Engine(Settings.from_env({}, db=db), Store(Settings.from_env({}, db=db)), encoder)
    qa.search(engine, qa.SearchRequest(query="lumbar MRI denied"))  # builds BM25
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
