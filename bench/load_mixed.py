"""Mixed load on the IMR service: N clients sending search and ask over loopback for a bounded time.

    .venv/bin/python bench/load_mixed.py                  # 16 clients, 5 minutes
    .venv/bin/python bench/load_mixed.py --seconds 90     # a shorter run

Method: the bundled sample (corpus/sample, 60 letters) is indexed with the real model by
`imr index` into a temp dir (or --db reuses one); `imr serve` runs as a subprocess on a free
loopback port with IMR_RATE_LIMIT empty (every client is 127.0.0.1, so the per-client limit
would otherwise answer 429); N threads with httpx clients each loop: pick search (60%) or ask
(40%), a question from a fixed mix with a random suffix (so the query-embedding cache rarely
hits), send, record status and latency. The server's RSS (psutil) is sampled every second;
growth compares the RSS at the end of the first minute (or half the run, if shorter) with the
RSS at the end. Passes when: no 5xx, no transport errors, RSS growth under 10%.
Writes bench/out/load_mixed.json and prints a summary.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import psutil

REPO = Path(__file__).resolve().parents[1]
IMR = Path(sys.executable).parent / "imr"
QUESTIONS = [
    "why was the lumbar MRI denied", "acupuncture approved", "physical therapy for the knee",
    "cyclobenzaprine guideline", "how often is physical therapy upheld", "epidural steroid injection lumbar",
    "what was decided in case CM16-0213037", "TENS unit denied", "EMG/NCV upper extremities", "opioids tapering",
    "chiropractic sessions neck", "functional capacity evaluation", "shoulder surgery arthroscopy",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=300)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--db", type=Path, help="an index of corpus/sample to reuse (default: build one in a temp dir)")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "load_mixed.json")
    args = ap.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="imr-load-"))
    env = {**os.environ, "IMR_RATE_LIMIT": "", "IMR_DOCS": str(tmp / "documents"), "IMR_LOG_QUESTIONS": "off"}
    db = args.db or tmp / "chroma"
    if args.db is None:
        started = time.perf_counter()
        subprocess.run([str(IMR), "index", str(REPO / "corpus" / "sample"), "--db", str(db)], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(f"indexed corpus/sample in {time.perf_counter() - started:.0f}s", flush=True)
    port = free_port()
    server = subprocess.Popen([str(IMR), "serve", "--db", str(db), "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        else:
            raise SystemExit("the server did not answer /api/health in 120 s")
        return run(args, base, psutil.Process(server.pid))
    finally:
        server.terminate()
        server.wait(timeout=30)


def run(args: argparse.Namespace, base: str, proc: psutil.Process) -> int:
    stop = threading.Event()
    lock = threading.Lock()
    results: list[tuple[str, int, float, float]] = []  # (kind, status, seconds, at)
    errors: list[str] = []
    rss: list[tuple[float, int]] = []
    t0 = time.monotonic()

    def client(n: int) -> None:
        rng = random.Random(n)
        with httpx.Client(base_url=base, timeout=60) as http:
            while not stop.is_set():
                question = f"{rng.choice(QUESTIONS)} {rng.randrange(10**6)}"
                kind = "search" if rng.random() < 0.6 else "ask"
                body = {"query": question, "k": 10} if kind == "search" else {"question": question}
                started = time.monotonic()
                try:
                    status = http.post(f"/api/{kind}", json=body).status_code
                except httpx.HTTPError as exc:
                    with lock:
                        errors.append(f"{kind}: {type(exc).__name__}: {exc}")
                    continue
                with lock:
                    results.append((kind, status, time.monotonic() - started, started - t0))

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(args.clients)]
    for t in threads:
        t.start()
    while time.monotonic() - t0 < args.seconds:
        rss.append((time.monotonic() - t0, proc.memory_info().rss))
        time.sleep(1.0)
    rss.append((time.monotonic() - t0, proc.memory_info().rss))
    stop.set()
    for t in threads:
        t.join(90)

    mark = min(60.0, args.seconds / 2)
    rss_first = max((r for at, r in rss if at <= mark), default=rss[0][1])
    rss_end = rss[-1][1]
    growth = rss_end / rss_first - 1
    by_kind = {}
    for kind in ("search", "ask"):
        lat = [s for k, _st, s, _at in results if k == kind]
        by_kind[kind] = {"requests": len(lat), "p50_ms": round(1000 * percentile(lat, 0.50), 1),
                         "p95_ms": round(1000 * percentile(lat, 0.95), 1), "p99_ms": round(1000 * percentile(lat, 0.99), 1)}
    statuses: dict[str, int] = {}
    for _k, status, _s, _at in results:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    all_lat = [s for _k, _st, s, _at in results]
    report = {
        "seconds": args.seconds, "clients": args.clients, "requests": len(results),
        "throughput_rps": round(len(results) / args.seconds, 1), "statuses": statuses,
        "errors": len(errors), "first_errors": errors[:5], "p50_ms": round(1000 * percentile(all_lat, 0.5), 1),
        "p99_ms": round(1000 * percentile(all_lat, 0.99), 1), "by_kind": by_kind,
        "rss_mb_at_first_minute": round(rss_first / 2**20, 1), "rss_mb_at_end": round(rss_end / 2**20, 1),
        "rss_growth_pct": round(100 * growth, 2), "rss_mark_seconds": mark,
        "cpu_count": os.cpu_count(),
    }
    five_xx = sum(n for s, n in statuses.items() if s.startswith("5"))
    report["ok"] = five_xx == 0 and not errors and growth < 0.10
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
