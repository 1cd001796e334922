"""What keeping the warm index up to date costs: a full build against an incremental refresh.

    .venv/bin/python bench/warm_refresh.py                                   # 100k chunks, 20 new letters
    .venv/bin/python bench/warm_refresh.py --size 10000 --add 20             # quick
    .venv/bin/python bench/warm_refresh.py --store-cache /work/benchstores   # reuse query_latency.py's store

Method: the store of bench/query_latency.py (synthetic letters replicated to --size chunks; with
--store-cache a built one is copied, never changed) is opened by a real `Engine` in this process.
1. The first `lexical()` call: the full build (BM25, metadata, vectors), with its peak RSS.
2. --add new synthetic letters (corpus.generate, seed 99) go in through `index_paths` and the
   same encoder, as another process's `imr index` would add them.
3. `Engine.refresh()`: the incremental update (letter records diffed, the new letters' rows
   read and appended as pending rows), against a second full build on the same store.
4. Searches (`qa.search`, 1 client, in process) with the pending rows and after the full build,
   interleaved, so the pending rows' extra BM25 scoring shows up side by side.
Writes bench/out/warm_refresh.json and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.latency.base import base_set  # noqa: E402
from bench.latency.common import OUT, log  # noqa: E402
from bench.latency.questions import questions  # noqa: E402
from bench.latency.stores import cached_store, forget_clients  # noqa: E402


def rss_mb() -> tuple[float, float]:
    """(RSS now, peak RSS) of this process, MB."""
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return (int(status["VmRSS"].split()[0]) * 1024 / 1e6, int(status["VmHWM"].split()[0]) * 1024 / 1e6)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--add", type=int, default=20, help="letters indexed after the first build")
    ap.add_argument("--queries", type=int, default=60)
    ap.add_argument("--store-cache", default="", help="as in bench/query_latency.py")
    ap.add_argument("--backend", default="onnx-int8")
    args = ap.parse_args(argv)
    os.environ["IMR_EMBED_BACKEND"] = args.backend

    from corpus.generate import write_corpus
    from indexer.embed import load_encoder
    from indexer.pipeline import index_paths
    from indexer.settings import Settings
    from indexer.store import open_store
    from service.engine import Engine
    from service.qa import SearchRequest, search

    tmp = Path(tempfile.mkdtemp(prefix="imr-bench-warm-"))
    try:
        base = base_set(400, 0)
        cache_args = argparse.Namespace(store_cache=args.store_cache, base_letters=400, seed=0)
        source, facts = cached_store(cache_args, tmp, args.size, base, True)
        forget_clients()
        db = tmp / "db"
        if source != tmp / f"db-{args.size}":
            log(f"copying {source}")
            shutil.copytree(source, db)
        else:
            source.rename(db)
        settings = Settings.from_env({}, db=db, docs=tmp / "docs")
        encoder = load_encoder(settings)
        engine = Engine(settings, open_store(settings), encoder)
        before = rss_mb()
        started = time.perf_counter()
        lex = engine.lexical()
        first_s = time.perf_counter() - started
        after = rss_mb()
        log(f"first build: {len(lex)} item rows in {first_s:.1f}s; RSS {after[0]:.0f} MB, peak {after[1]:.0f} MB")

        new = tmp / "new"
        write_corpus(new, args.add, seed=99)
        report = index_paths(settings, [new], store=engine.store, encoder=encoder)
        log(f"indexed {report.indexed} new letters ({report.chunks} chunks) in {report.seconds:.1f}s")

        started = time.perf_counter()
        engine.refresh()
        refresh_s = time.perf_counter() - started
        pending = engine.lexical()
        log(f"refresh: {len(pending.pending)} pending rows in {refresh_s * 1000:.0f} ms")

        started = time.perf_counter()
        rebuilt = Engine(settings, engine.store, encoder)
        rebuilt.lexical()
        rebuild_s = time.perf_counter() - started
        log(f"second full build: {rebuild_s:.1f}s")

        cases = report.letters[: min(10, len(report.letters))] + [lt.case_number for lt in base[0][:50]]
        qs = questions(args.queries * 2 + 10, cases, seed=5)
        lat: dict[str, list[float]] = {"pending": [], "rebuilt": []}
        found_new = {"pending": 0, "rebuilt": 0}
        for q in qs[:10]:
            search(engine, SearchRequest(query=q)), search(rebuilt, SearchRequest(query=q))
        for i, q in enumerate(qs[10:]):
            for name, eng in (("pending", engine), ("rebuilt", rebuilt))[:: 1 if i % 2 else -1]:
                started = time.perf_counter()
                result = search(eng, SearchRequest(query=q))
                lat[name].append((time.perf_counter() - started) * 1000)
                found_new[name] += any(h.case_number in report.letters for h in result.hits)
        res = {
            "size": args.size, "store": facts, "item_rows": len(lex), "first_build_s": round(first_s, 2),
            "first_build_rss_mb": round(after[0], 1), "peak_rss_mb": round(after[1], 1),
            "rss_before_mb": round(before[0], 1), "added_letters": report.indexed, "added_chunks": report.chunks,
            "pending_rows": len(pending.pending), "refresh_ms": round(refresh_s * 1000, 1),
            "rebuild_s": round(rebuild_s, 2), "rebuild_over_refresh": round(rebuild_s / refresh_s, 1),
            "search_ms": {k: {"p50": pct(v, 0.5), "p95": pct(v, 0.95), "n": len(v)} for k, v in lat.items()},
            "hits_naming_new_letters": found_new, "load": os.getloadavg(), "backend": encoder.name,
        }
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / "warm_refresh.json").write_text(json.dumps(res, indent=1))
        print(f"| chunks | item rows | first build s | peak RSS MB | +letters (chunks) | refresh ms | full build s |"
              f" full / refresh | search p50/p95 ms, pending | search p50/p95 ms, rebuilt |\n"
              f"|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
              f"| {args.size:,} | {len(lex):,} | {first_s:.1f} | {after[1]:.0f} | {report.indexed} ({report.chunks}) | "
              f"{refresh_s * 1000:.0f} | {rebuild_s:.1f} | {rebuild_s / refresh_s:.0f}x | "
              f"{res['search_ms']['pending']['p50']} / {res['search_ms']['pending']['p95']} | "
              f"{res['search_ms']['rebuilt']['p50']} / {res['search_ms']['rebuilt']['p95']} |")
        print(f"\nhits naming a new letter: {found_new}; load {os.getloadavg()}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
