"""Query latency, memory and start-up of `imr serve` over bench indexes of 100k and 1M chunks.

    .venv/bin/python bench/query_latency.py --sizes 100000 --build-only          # build (cached) and stop
    .venv/bin/python bench/query_latency.py --sizes 100000,1000000               # measure both, both stores
    .venv/bin/python bench/query_latency.py --sizes 20000 --cell-seconds 4 --max-requests 30 --new-letters 1   # smoke run
    .venv/bin/python bench/latency_report.py bench/out/query_latency.json       # the tables again

Method (printed with the results):
- The index: generated letters (corpus.generate, a seed per part of 10,000 letters, case numbers
  unique across parts) indexed by the real pipeline (`index_paths`: parse, chunk, sentence roles,
  catalog, vector file, Chroma, lexical segment) until it holds N chunks. The text, metadata and
  lexical index are real; the vectors are reused: a stand-in encoder gives each text the real
  onnx-int8 vectors of the pool texts nearest it (bench/latency/pool.py). Built once into
  --store-cache (default /work/benchstores/index-N) and reused; 1M is grown from a copy of 100k.
- The service: `imr serve` (this checkout) as a subprocess on a free loopback port, questions
  embedded by the real model (onnx-int8), LLM off (extractive ask), rate limit off; first with
  the embedded Chroma store (its HNSW index inside the service), then with `chroma run` over the
  same files (IMR_CHROMA_URL).
- Cold start: from starting the process to /api/health answering (model loaded, warm view built)
  and to the first answer of POST /api/ask.
- Memory: /proc/PID/status of the service (and of `chroma run`) sampled every 0.5 s: VmHWM (peak
  RSS), VmRSS, RssAnon (the process's own memory) and RssFile (pages of mapped files resident:
  the vector file, the lexical segment, the catalog, libraries; shared with the page cache).
- Load: 1 client sending search and ask, unfiltered and filtered ({FILTER}), round-robin; then
  --clients concurrent clients per cell (httpx.AsyncClient). Every request has its own question
  (templates filled at random with regions, ages, treatments and case numbers of the index).
- A new letter: bench/new_letter.py (`imr index` of a new letter while the service runs, then
  the time until a search finds it), --new-letters times per store.
- Exact scoring alone (service.vectors.top over the vector file, 1%, 5%, 25% of the rows), and
  the other parts of a question alone in process: query encoding, the lexical segment
  (unfiltered and filtered), Chroma's HNSW lookup (k = 60 and 1,000), building the warm view.
Writes bench/out/query_latency.json and prints Markdown tables.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.latency.common import FILTER, OUT, log  # noqa: E402
from bench.latency.exact import components, exact_scoring  # noqa: E402
from bench.latency.load import measure_service  # noqa: E402
from bench.latency.procs import Sampler, start_chroma, start_service, stop, wait_http  # noqa: E402
from bench.latency.questions import questions, sample_cases  # noqa: E402
from bench.new_letter import new_letters_searchable  # noqa: E402

__doc__ = __doc__.replace("{FILTER}", json.dumps(FILTER))


def index_for(cache: Path, size: int, smaller: list[int]) -> tuple[Path, dict]:
    from bench.latency.pool import PoolEncoder, build_pool
    from bench.latency.stores import cached_index

    pool = build_pool(cache / "pool.npz", ROOT.parent / "shared" / "corpus" / "dwc-imr-2016-2017" / "pdf", 1000)
    start = next((cache / f"index-{s}" for s in sorted(smaller, reverse=True)
                  if (cache / f"index-{s}" / "bench_facts.json").exists()), None)
    return cached_index(cache, size, PoolEncoder(pool), start_from=start)



def cold_start(url: str, proc, started: float, question: str) -> dict:
    import httpx

    wait_http(f"{url}/api/health", proc, 900)
    health = time.monotonic() - started
    r = httpx.post(f"{url}/api/ask", json={"question": question}, timeout=900)
    r.raise_for_status()
    return {"health_s": round(health, 2), "first_answer_s": round(time.monotonic() - started, 2)}


def measure_store(db: Path, store: str, qs: list[str], args, logs: Path) -> dict:
    procs, out = [], {}
    try:
        chroma_url, chroma_sampler = "", None
        if store == "server":
            chroma, chroma_url = start_chroma(db / "chroma", logs)
            procs.append(chroma)
            chroma_sampler = Sampler(chroma.pid)
        proc, url, started = start_service(db, chroma_url, logs)
        procs.append(proc)
        sampler = Sampler(proc.pid)
        out["cold"] = cold_start(url, proc, started, qs[-1])
        log(f"  {store}: cold start {out['cold']}")
        out["cells"] = measure_service(url, qs[:-1], cell_seconds=args.cell_seconds, max_requests=args.max_requests,
                                       clients=args.clients)
        if args.new_letters:
            out["new_letter"] = new_letters_searchable(url, db, chroma_url, args.new_letters)
        out["service_memory_mb"] = sampler.stop()
        log(f"  {store}: service memory {out['service_memory_mb']}")
        if chroma_sampler is not None:
            out["chroma_memory_mb"] = chroma_sampler.stop()
            log(f"  {store}: chroma run memory {out['chroma_memory_mb']}")
    finally:
        for p in reversed(procs):
            stop(p)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--store-cache", type=Path, default=Path("/work/benchstores"))
    ap.add_argument("--stores", default="embedded,server", help="embedded (Chroma in the service), server (chroma run)")
    ap.add_argument("--build-only", action="store_true")
    ap.add_argument("--cell-seconds", type=float, default=20.0)
    ap.add_argument("--max-requests", type=int, default=150)
    ap.add_argument("--clients", type=int, default=8, help="concurrent clients of the many-client cells (1: none)")
    ap.add_argument("--new-letters", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="cProfile 30 searches in process at the largest size")
    args = ap.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(",") if s)
    os.environ.setdefault("IMR_EMBED_BACKEND", "onnx-int8")
    OUT.mkdir(parents=True, exist_ok=True)
    logs = args.store_cache / "logs"
    results: dict = {"method": __doc__.split("Method (printed with the results):")[1].split("Writes bench")[0].strip(),
                     "load_before": os.getloadavg(), "cpus": os.cpu_count(), "filter": FILTER, "sizes": {},
                     "cell_seconds": args.cell_seconds, "max_requests": args.max_requests, "clients": args.clients}
    path = OUT / "query_latency.json"
    for n, size in enumerate(sizes):
        db, facts = index_for(args.store_cache, size, sizes[:n])
        row: dict = {"index": {k: v for k, v in facts.items() if k != "parts"}, "parts": facts.get("parts", [])}
        log(f"index {size}: {row['index']}")
        if args.build_only:
            continue
        qs = questions(args.max_requests * 12, sample_cases(db, 300, size), seed=size)
        for store in [s.strip() for s in args.stores.split(",") if s.strip()]:
            row[store] = measure_store(db, store, qs, args, logs)
            results["sizes"][str(size)] = row
            path.write_text(json.dumps(results, indent=1))
        row["exact"] = exact_scoring(db, min(args.cell_seconds, 5.0))
        log(f"  exact scoring: {json.dumps(row['exact'])}")
        row["components"] = components(db, qs, min(args.cell_seconds, 10.0))
        log(f"  components: {json.dumps(row['components'])}")
        if args.profile and size == sizes[-1]:
            from bench.latency.profile import profile_search

            (OUT / f"query_profile_{size}.txt").write_text(profile_search(db, qs))
        results["sizes"][str(size)] = row
        path.write_text(json.dumps(results, indent=1))
    results["load_after"] = os.getloadavg()
    path.write_text(json.dumps(results, indent=1))
    if not args.build_only:
        from bench.latency_report import markdown

        print(markdown(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
