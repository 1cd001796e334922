"""Where a question's time goes in process: every catalog query timed with its SQL, and the
answers written out so two versions of the code can be compared byte for byte.

    PYTHONPATH=$PWD .venv/bin/python -m bench.latency.sql_profile INDEX OUT.json [--n 60] [--cprofile]

Runs `--n` bench questions (bench.latency.questions, cases of the index) through search and ask,
unfiltered and with the bench filter, after one warm-up question. Writes OUT.json: per call the
time, and the answer (`answer`, `ranked` = the hits' chunk ids) of every call; prints the SQL
statements that cost most in total, with calls and ms per call.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import defaultdict
from pathlib import Path

import msgspec

from bench.latency.common import FILTER
from bench.latency.questions import questions, sample_cases



def timed_queries(catalog, costs: dict) -> None:
    """Wrap the catalog's `query` so every statement's time is added to `costs[sql]`."""
    original = catalog.query

    def query(sql, params=()):
        t0 = time.perf_counter()
        try:
            return original(sql, params)
        finally:
            key = re.sub(r"\?(,\?)+", "?,...", " ".join(sql.split()))
            costs[key].append(time.perf_counter() - t0)

    catalog.query = query


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--cprofile", action="store_true")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args(argv)

    from indexer.embed import load_encoder
    from indexer.settings import Settings
    from indexer.store import open_store
    from service import qa
    from service.engine import Engine

    settings = Settings.from_env({}, db=args.db, chroma_url="", embed_backend="onnx-int8")
    engine = Engine(settings, open_store(settings, create=False), load_encoder(settings))
    qa.ask(engine, qa.AskRequest(question="Why was the lumbar MRI denied?"))  # warm view, Chroma opened
    costs: dict = defaultdict(list)
    timed_queries(engine.store.catalog, costs)
    qs = questions(args.n, sample_cases(args.db, 300, 1000000), seed=11)
    prof = None
    if args.cprofile:
        import cProfile

        prof = cProfile.Profile()
    calls, totals = [], defaultdict(list)
    for i, q in enumerate(qs):
        filters = FILTER if i % 2 else None
        for kind in ("search", "ask"):
            before = {k: len(v) for k, v in costs.items()}
            t0 = time.perf_counter()
            if prof:
                prof.enable()
            if kind == "search":
                res = qa.search(engine, qa.SearchRequest(query=q, filters=filters))
                body = {"ranked": [h.chunk_id for h in res.hits], "hits": msgspec.to_builtins(res.hits)}
            else:
                res = qa.ask(engine, qa.AskRequest(question=q, filters=filters))
                body = {"answer": res.answer, "ranked": [h.chunk_id for h in res.hits],
                        "full": msgspec.to_builtins(res)}
            if prof:
                prof.disable()
            ms = (time.perf_counter() - t0) * 1e3
            sql_ms = sum(sum(v[before.get(k, 0):]) for k, v in costs.items()) * 1e3
            totals[(kind, "filtered" if filters else "unfiltered")].append(ms)
            calls.append({"q": q, "kind": kind, "filtered": bool(filters), "ms": round(ms, 1),
                          "sql_ms": round(sql_ms, 1), **body})
    args.out.write_text(json.dumps(calls, indent=0, default=str))
    import numpy as np

    for key, v in sorted(totals.items()):
        print(f"{key[0]:6} {key[1]:10}: n={len(v)} p50 {np.percentile(v, 50):.1f} p95 {np.percentile(v, 95):.1f} "
              f"mean {np.mean(v):.1f} ms")
    rows = sorted(costs.items(), key=lambda kv: -sum(kv[1]))[: args.top]
    print(f"\ntop SQL over {len(qs) * 2} calls: total ms, calls, ms/call, max ms")
    for sql, ts in rows:
        print(f"{sum(ts) * 1e3:9.1f} {len(ts):6d} {sum(ts) / len(ts) * 1e3:8.2f} {max(ts) * 1e3:8.1f}  {sql[:300]}")
    if prof:
        import io
        import pstats

        s = io.StringIO()
        pstats.Stats(prof, stream=s).sort_stats("cumulative").print_stats(60)
        print(s.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
