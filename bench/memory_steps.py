"""Where the service's memory goes: open a bench index the way `imr serve` does, one step at a
time, and print RssAnon / RssFile (and the resident pages of each big mapped file) after each.

    PYTHONPATH=$PWD .venv/bin/python bench/memory_steps.py /work/benchstores/index-1000000

Steps: imports; the encoder (onnx-int8); the store; the warm view; Chroma opened; the first HNSW
query into the items and the case-summary collections; 40 questions through the engine's own
search (lexical and dense, unfiltered and with the bench filter); the vector file scored exactly
over every row (its most: the whole file resident).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIELDS = ("VmRSS", "VmHWM", "RssAnon", "RssFile")


def status() -> dict[str, float]:
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key = line.split(":", 1)[0]
        if key in FIELDS:
            out[key] = int(line.split()[1]) / 1024
    return out


def mapped(root: Path) -> dict[str, float]:
    """Resident MB of each file under `root` mapped into this process (from /proc/self/smaps)."""
    out: dict[str, float] = {}
    current = None
    for line in Path("/proc/self/smaps").read_text().splitlines():
        parts = line.split()
        if len(parts) >= 5 and "-" in parts[0] and ":" in parts[3]:  # a mapping's first line
            path = parts[5] if len(parts) >= 6 else ""
            current = Path(path).relative_to(root).as_posix() if path.startswith(str(root)) else None
        elif current and parts[0] == "Rss:":
            out[current] = out.get(current, 0.0) + int(parts[1]) / 1024
    return {k: round(v, 1) for k, v in sorted(out.items()) if v >= 1}


def step(name: str, root: Path, started: float) -> None:
    s = status()
    print(f"{name:<34} {time.perf_counter() - started:6.1f}s  RSS {s['VmRSS']:7.0f}  HWM {s['VmHWM']:7.0f}  "
          f"anon {s['RssAnon']:7.0f}  file {s['RssFile']:6.0f}  {mapped(root)}", flush=True)


def main(db: Path) -> None:
    started = time.perf_counter()
    step("python", db, started)
    import numpy as np

    from bench.latency.common import FILTER
    from bench.latency.questions import questions
    from indexer.embed import load_encoder
    from indexer.settings import Settings
    from indexer.store import open_store
    from service.engine import Engine
    from service import qa

    step("imports", db, started)
    settings = Settings.from_env({}, db=db, chroma_url="", embed_backend="onnx-int8")
    encoder = load_encoder(settings)
    encoder.encode(["warm up the model"])
    step("encoder loaded", db, started)
    store = open_store(settings, create=False)
    engine = Engine(settings, store, encoder)
    step("store open", db, started)
    warm = engine.warm()
    step(f"warm view ({warm.live} live rows)", db, started)
    chroma = store.chroma
    step("chroma client", db, started)
    vector = engine.embed_query("Why was the lumbar MRI denied?")
    chroma.nearest(vector, 60, "item")
    step("first item HNSW query", db, started)
    chroma.nearest(vector, 60, "summary")
    step("first summary HNSW query", db, started)
    cases = [r[0] for r in store.catalog.query("SELECT case_number FROM letters ORDER BY id LIMIT 300")]
    qs = questions(40, cases, seed=1)
    for n, q in enumerate(qs):
        qa.search(engine, qa.SearchRequest(query=q, filters=FILTER if n % 2 else None))
    step("40 searches (half filtered)", db, started)
    matrix = store.vectors.map()
    from service.vectors import top

    top(matrix, vector, np.arange(len(matrix)), 10)
    step("vector file scored whole", db, started)


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
