"""How long after `imr index` ends a new letter is searchable in a running `imr serve`.

    .venv/bin/python bench/new_letter.py --size 100000 --store-cache /work/benchstores   # embedded
    .venv/bin/python bench/new_letter.py --size 100000 --store-cache /work/benchstores --server   # chroma run

Method: `imr serve` runs over a cached bench index (bench/query_latency.py builds them). For each of
--letters new generated letters (case numbers no build uses), `imr index FILE` runs as its own
process with the real encoder (IMR_EMBED_BACKEND=onnx-int8), as a user would run it; from the
moment that process exits, the bench asks the service "What was decided in case CM..?" every
50 ms until the case is among the hits. That wait is the number. The service finds the letter
through its watcher (the catalog's generation, checked every 2 s) and the refresh of its warm view.
Each letter is then deleted through the API, so the cached index keeps its size.
Also called by bench/query_latency.py for every index and store it measures.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.latency.common import OUT, log  # noqa: E402
from bench.latency.procs import imr, service_env  # noqa: E402

NEW_PART = 990  # write_part numbering: case numbers from 9,900,001, never used by a build


def found(url: str, case: str) -> bool:
    import httpx

    r = httpx.post(f"{url}/api/search", json={"query": f"What was decided in case {case}?"}, timeout=60)
    return r.status_code == 200 and any(h["case_number"] == case for h in r.json()["hits"])


def new_letters_searchable(url: str, db: Path, chroma_url: str, letters: int, timeout: float = 60.0) -> dict:
    import httpx

    from bench.latency.stores import write_part

    rows = []
    with tempfile.TemporaryDirectory(prefix="imr-new-letter-") as tmp:
        for j in range(letters):
            (path,) = write_part(Path(tmp) / f"new-{j}", NEW_PART + j, 1)
            case = path.stem
            if found(url, case):
                raise RuntimeError(f"{case} is already in the index at {db}")
            started = time.monotonic()
            done = subprocess.run(imr("index", str(path)), env=service_env(db, chroma_url), capture_output=True, text=True)
            ended = time.monotonic()
            if done.returncode:
                raise RuntimeError(f"imr index {path} failed: {done.stderr[-2000:]}")
            polls = 0
            while not found(url, case):
                polls += 1
                if time.monotonic() - ended > timeout:
                    raise RuntimeError(f"{case} not searchable {timeout:.0f}s after imr index ended")
                time.sleep(0.05)
            row = {"case": case, "index_s": round(ended - started, 2), "searchable_after_s": round(time.monotonic() - ended, 2),
                   "polls": polls}
            rows.append(row)
            log(f"  new letter {case}: imr index took {row['index_s']}s; searchable {row['searchable_after_s']}s after it ended")
            r = httpx.delete(f"{url}/api/cases/{case}", timeout=120)
            r.raise_for_status()
            shutil.rmtree(Path(tmp) / f"new-{j}", ignore_errors=True)
    waits = sorted(r["searchable_after_s"] for r in rows)
    return {"letters": rows, "max_s": waits[-1] if waits else None, "median_s": waits[len(waits) // 2] if waits else None}


def main(argv: list[str] | None = None) -> int:
    from bench.latency.procs import Sampler, start_chroma, start_service, stop, wait_http

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--store-cache", type=Path, default=Path("/work/benchstores"))
    ap.add_argument("--letters", type=int, default=3)
    ap.add_argument("--server", action="store_true", help="the vectors behind `chroma run`")
    args = ap.parse_args(argv)
    db = args.store_cache / f"index-{args.size}"
    if not (db / "bench_facts.json").exists():
        raise SystemExit(f"no bench index at {db}: build it with bench/query_latency.py --sizes {args.size} --build-only")
    logs = args.store_cache / "logs"
    procs = []
    try:
        chroma_url = ""
        if args.server:
            chroma, chroma_url = start_chroma(db / "chroma", logs)
            procs.append(chroma)
        proc, url, _started = start_service(db, chroma_url, logs)
        procs.append(proc)
        wait_http(f"{url}/api/health", proc, 600)
        sampler = Sampler(proc.pid)
        result = new_letters_searchable(url, db, chroma_url, args.letters)
        result["service_memory_mb"] = sampler.stop()
    finally:
        for p in reversed(procs):
            stop(p)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "new_letter.json").write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
