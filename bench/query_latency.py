"""Query latency of the IMR service: `POST /api/search` and `POST /api/ask` over a real server.

    .venv/bin/python bench/query_latency.py                      # 10k and 100k chunks
    .venv/bin/python bench/query_latency.py --sizes 2000 --cell-seconds 5   # quick check
    .venv/bin/python bench/query_latency.py --sizes 10000,100000,1000000    # + 1M (raw only)

Method (printed with the results):
- A base set of synthetic letters (`corpus.generate.write_corpus`) is parsed and chunked by the
  real pipeline (`indexer.pipeline.load_letter`, `indexer.chunk.chunk_letter`) and embedded once
  by the real encoder; the result is cached under bench/out/cache.
- Stores of N chunks are built in temp dirs by replicating the base set under new case numbers
  (same length, so every span stays valid), with each vector perturbed by gaussian noise
  (sigma 0.01 per dimension, about cosine 0.98 to its source) and renormalised; written with
  `Store.add_chunks` in batches and the letters collection in the exact `put_letter` format.
  Sizes above --service-max get chunks only (no letters) and are measured raw (embed + Chroma).
- The service is `imr serve` itself, a subprocess on a free loopback port; httpx.AsyncClient
  clients (1 and 16 concurrent) send a mix of generated questions, each cell bounded in time.
  Most questions are unique, so the engine's query-embedding LRU cache rarely hits.
- The raw baseline in the same run: the same encoder's `encode([q])` plus `Store.query`
  (60 candidates with documents and metadata, what a plain RAG client asks for; filtered: with
  the service's `where`) in this process, no HTTP and no BM25. Also the cheapest query there is,
  `Store.nearest` (ids and distances only, what the service itself asks Chroma for).
- Exact filtered scoring (service.vectors) timed alone at each size, on random vectors.
- Client-server: the same search cells with the store behind `chroma run` (IMR_CHROMA_URL).

Writes bench/out/query_latency.json and bench/out/latency.png and prints Markdown tables.
The parts live in bench/latency/; this file is the command line and the run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.latency.base import base_encoder, base_set  # noqa: E402
from bench.latency.common import ITEM_SHARE, NOISE, OUT, FILTER, log  # noqa: E402
from bench.latency.load import measure_service  # noqa: E402
from bench.latency.procs import start_chroma, start_service, stop, vm_hwm_mb  # noqa: E402
from bench.latency.profile import profile_search  # noqa: E402
from bench.latency.questions import questions  # noqa: E402
from bench.latency.raw import Raw, exact_filtered  # noqa: E402
from bench.latency.stores import cached_store, forget_clients, new_case  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--base-letters", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--cell-seconds", type=float, default=15.0)
    ap.add_argument("--max-requests", type=int, default=400)
    ap.add_argument("--service-max", type=int, default=200_000, help="larger sizes: chunks only, raw measurement")
    ap.add_argument("--server-sizes", default="10000,100000", help="sizes also measured with `chroma run`")
    ap.add_argument("--profile", action="store_true", help="cProfile 30 searches in process at the largest size")
    ap.add_argument("--base-only", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the temp stores (path printed)")
    ap.add_argument("--store-cache", default="",
                    help="folder to keep built stores in and reuse on later runs (a 1M store takes 40+ min to build)")
    ap.add_argument("--torch-threads", type=int, default=0,
                    help="torch intra-op threads for the server (OMP_NUM_THREADS) and the raw baseline; 0 = torch's default")
    ap.add_argument("--backend", default="", help="IMR_EMBED_BACKEND for the server and the raw baseline (default: the env's, else torch)")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    server_sizes = {int(s) for s in args.server_sizes.split(",") if s}
    OUT.mkdir(parents=True, exist_ok=True)
    base = base_set(args.base_letters, args.seed)
    if args.base_only:
        return 0
    from indexer.embed import load_encoder
    from indexer.settings import Settings

    if args.backend:
        os.environ["IMR_EMBED_BACKEND"] = args.backend
    if args.torch_threads:
        import torch

        os.environ["OMP_NUM_THREADS"] = str(args.torch_threads)  # inherited by the server
        torch.set_num_threads(args.torch_threads)
    encoder = load_encoder(Settings.from_env())  # the same encoder settings as the server's
    base_cases = [lt.case_number for lt in base[0]]
    n_base_chunks = sum(len(c) for c in base[1])
    results: dict = {
        "method": (f"{args.base_letters} synthetic letters (corpus.generate, seed {args.seed}) parsed and chunked by the "
                   f"real pipeline -> {n_base_chunks} chunks embedded once by the real encoder ({base_encoder(args)}); "
                   f"replicated under new case numbers with vectors + N(0, {NOISE}^2) noise, renormalised, to each "
                   f"size; questions embedded by {encoder.name}"),
        "load_before": os.getloadavg(), "cpus": os.cpu_count(), "sizes": {},
        "torch_threads": args.torch_threads or "default", "code": str(ROOT),
        "cell_seconds": args.cell_seconds, "max_requests": args.max_requests, "filter": FILTER,
    }
    tmp_root = Path(tempfile.mkdtemp(prefix="imr-bench-latency-"))
    logs = tmp_root / "logs"
    logs.mkdir()
    log(f"temp dir {tmp_root}")
    procs: list[subprocess.Popen] = []
    try:
        for size in sizes:
            with_letters = size <= args.service_max
            db, facts = cached_store(args, tmp_root, size, base, with_letters)
            row: dict = {"store": facts, "service_mode": with_letters}
            full = max(1, facts["replicas"] - 1)  # the last replica may be partial
            pool = [new_case(cn, r, i, len(base_cases)) for r in range(full) for i, cn in enumerate(base_cases)]
            cases = random.Random(size).sample(pool, min(300, len(pool)))
            qs = questions(args.max_requests * 12, cases, seed=size)
            raw = Raw(db, "", encoder)
            if not with_letters:  # chunks only: the raw baseline alone
                for q in qs[:5]:
                    raw(q, "unfiltered", record=False)
                end = time.perf_counter() + args.cell_seconds * 2
                for i, q in enumerate(qs[: args.max_requests * 2]):
                    if time.perf_counter() > end:
                        break
                    raw(q, ("unfiltered", "filtered")[i % 2])
                # the query the service makes is the cheap one: give it its own, larger sample
                end = time.perf_counter() + args.cell_seconds
                for q in qs[args.max_requests * 2 : args.max_requests * 3]:
                    if time.perf_counter() > end:
                        break
                    raw.ids_only(q)
            if with_letters:
                docs = tmp_root / f"docs-{size}"
                docs.mkdir()
                proc, url = start_service(db, docs, "", logs)
                procs.append(proc)
                row["service"] = measure_service(url, qs, args, raw)
                row["server_rss_mb"] = vm_hwm_mb(proc.pid)
                stop(proc)
                procs.remove(proc)
                if args.profile and size == max(s for s in sizes if s <= args.service_max):
                    row["profile"] = profile_search(db, qs, encoder)
                    (OUT / f"query_profile_{size}.txt").write_text(row["profile"])
                if size in server_sizes:
                    chroma, curl = start_chroma(db, logs)
                    procs.append(chroma)
                    try:
                        raw_server = Raw(None, curl, encoder)
                        proc, url = start_service(db, docs, curl, logs)
                        procs.append(proc)
                        row["service_server"] = measure_service(url, qs, args, raw_server, endpoints=("search",))
                        row["raw_server"] = raw_server.result()
                        row["server_rss_mb_client_server"] = vm_hwm_mb(proc.pid)
                        row["chroma_rss_mb"] = vm_hwm_mb(chroma.pid)
                        stop(proc)
                        procs.remove(proc)
                    finally:
                        stop(chroma)
                        procs.remove(chroma)
            row["raw"] = raw.result()
            log(f"  raw: {json.dumps(row['raw'])}")
            row["exact_filtered"] = exact_filtered(size, ITEM_SHARE, min(args.cell_seconds, 5.0))
            log(f"  exact filtered scoring: {json.dumps(row['exact_filtered'])}")
            results["sizes"][str(size)] = row
            del raw
            forget_clients()
            if not args.keep and not args.store_cache:
                shutil.rmtree(db, ignore_errors=True)
            (OUT / "query_latency.json").write_text(json.dumps(results, indent=1))
    finally:
        for proc in procs:
            stop(proc)
        if not args.keep:
            shutil.rmtree(tmp_root, ignore_errors=True)
    results["load_after"] = os.getloadavg()
    (OUT / "query_latency.json").write_text(json.dumps(results, indent=1))
    print(report(results))
    plot(results, OUT / "latency.png")
    return 0


# -- report ---------------------------------------------------------------------------------------
def report(res: dict) -> str:
    from bench.latency_report import markdown  # noqa: PLC0415

    return markdown(res)


def plot(res: dict, path: Path) -> None:
    from bench.latency_report import plot_growth  # noqa: PLC0415

    plot_growth(res, path)


if __name__ == "__main__":
    raise SystemExit(main())
