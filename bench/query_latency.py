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
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
CACHE = OUT / "cache"
VENV_BIN = Path(sys.executable).parent
NOISE = 0.01
FILTER = {"decision": "Upheld", "body_region": "lumbar"}
ITEM_SHARE = 0.532  # item chunks per chunk in these stores (53,209 of 100,000)


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- the base set: real letters, real parser and chunker, real encoder, cached -------------------
def base_set(n_letters: int, seed: int):
    """(letters, chunks per letter, vectors per letter) for `n_letters` generated letters."""
    import msgspec

    from indexer.model import Chunk, Letter

    folder = CACHE / f"base-{n_letters}-seed{seed}"
    done = folder / "vectors.npy"
    if not done.exists():
        build_base(folder, n_letters, seed)
    letters = msgspec.json.decode((folder / "letters.json").read_bytes(), type=list[Letter])
    chunks = msgspec.json.decode((folder / "chunks.json").read_bytes(), type=list[list[Chunk]])
    vectors = np.load(done)
    per_letter, offset = [], 0
    for cs in chunks:
        per_letter.append(vectors[offset : offset + len(cs)])
        offset += len(cs)
    return letters, chunks, per_letter


def base_encoder(args) -> str:
    """The encoder that embedded the cached base set (recorded since the cache was introduced)."""
    path = CACHE / f"base-{args.base_letters}-seed{args.seed}" / "encoder.txt"
    return path.read_text().strip() if path.exists() else "encoder not recorded"


def build_base(folder: Path, n_letters: int, seed: int) -> None:
    import msgspec

    from corpus.generate import write_corpus
    from indexer.chunk import chunk_letter
    from indexer.embed import load_encoder
    from indexer.pipeline import load_letter
    from indexer.settings import Settings
    from indexer.tokens import wordpieces

    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="imr-bench-corpus-") as tmp:
        paths = write_corpus(Path(tmp), n_letters, seed)
        count = wordpieces()
        letters, chunks = [], []
        for path in paths:
            letter = load_letter(path)
            letter = msgspec.structs.replace(letter, source=f"synthetic/{path.name}")
            letters.append(letter)
            chunks.append(chunk_letter(letter, count))
    texts = [c.text for cs in chunks for c in cs]
    log(f"base set: {len(letters)} letters -> {len(texts)} chunks parsed in {time.perf_counter() - started:.1f}s; embedding")
    encoder = load_encoder(Settings.from_env({}))
    t0 = time.perf_counter()
    vectors = encoder.encode(texts)
    log(f"embedded {len(texts)} chunks in {time.perf_counter() - t0:.1f}s")
    (folder / "encoder.txt").write_text(encoder.name)
    (folder / "letters.json").write_bytes(msgspec.json.encode(letters))
    (folder / "chunks.json").write_bytes(msgspec.json.encode(chunks))
    np.save(folder / "vectors.tmp.npy", vectors.astype(np.float32))
    (folder / "vectors.tmp.npy").replace(folder / "vectors.npy")


# -- replication into a store of N chunks ---------------------------------------------------------
def new_case(case_number: str, replica: int, index: int, n_base: int) -> str:
    """Replica 0 keeps the case number; others get CMyy-1xxxxxx (same length, never a base number)."""
    if replica == 0:
        return case_number
    return f"{case_number[:5]}{1_000_000 + (replica - 1) * n_base + index:07d}"


def build_store(db: Path, size: int, base, *, with_letters: bool, seed: int = 1) -> dict:
    """Fill an embedded Chroma store at `db` with `size` chunks; returns build facts."""
    import msgspec

    from indexer.settings import Settings
    from indexer.store import LetterRecord, Store

    letters, chunks, vectors = base
    settings = Settings.from_env({}, db=db)
    store = Store(settings)
    rng = np.random.default_rng(seed)
    started = time.perf_counter()
    batch_chunks, batch_vecs, batch_letters = [], [], []
    total, n_letters, replica = 0, 0, 0

    def flush() -> None:
        if batch_chunks:
            if with_letters:
                store.add_chunks(batch_chunks, np.concatenate(batch_vecs))
            else:  # vectors and metadata only (the 1M raw measurement)
                from indexer.store import chunk_metadata

                store.chunks.upsert(ids=[c.id for c in batch_chunks], embeddings=np.concatenate(batch_vecs),
                                    metadatas=[chunk_metadata(c) for c in batch_chunks])
        if batch_letters:
            store.letters.upsert(
                ids=[lt.case_number for lt, _ in batch_letters],
                embeddings=np.ones((len(batch_letters), 1), dtype=np.float32),
                documents=[msgspec.json.encode(lt).decode() for lt, _ in batch_letters],
                metadatas=[msgspec.to_builtins(rec) for _, rec in batch_letters],
            )
        batch_chunks.clear(), batch_vecs.clear(), batch_letters.clear()

    while total < size:
        for i, (letter, cs, vs) in enumerate(zip(letters, chunks, vectors)):
            if total >= size:
                break
            take = min(len(cs), size - total)
            old = letter.case_number
            cn = new_case(old, replica, i, len(letters))
            if replica:
                vs = vs + rng.normal(0.0, NOISE, vs.shape).astype(np.float32)
                vs /= np.linalg.norm(vs, axis=1, keepdims=True)
                digest = f"{cs[0].content_hash[:56]}{replica:08d}"
                cs = [msgspec.structs.replace(c, id=c.id.replace(old, cn), case_number=cn,
                                              text=c.text.replace(old, cn), content_hash=digest,
                                              source=c.source.replace(old, cn)) for c in cs]
                letter = msgspec.structs.replace(letter, case_number=cn, text=letter.text.replace(old, cn),
                                                 source=letter.source.replace(old, cn))
            batch_chunks.extend(cs[:take])
            batch_vecs.append(np.asarray(vs[:take], dtype=np.float32))
            if with_letters:
                rec = LetterRecord(case_number=cn, content_hash=cs[0].content_hash, source=letter.source,
                                   file_sha256=cs[0].content_hash, chunks=len(cs))
                batch_letters.append((letter, rec))
            total += take
            n_letters += 1
            if len(batch_chunks) >= 5000:
                flush()
                if total % 50_000 < 5000:
                    log(f"  {total}/{size} chunks ({time.perf_counter() - started:.0f}s)")
        replica += 1
    flush()
    seconds = time.perf_counter() - started
    facts = {"chunks": store.count(), "letters": store.letter_count(), "replicas": replica,
             "build_s": round(seconds, 1), "db_mb": round(dir_mb(db), 1)}
    log(f"store {size}: {facts}")
    del store
    forget_clients()
    return facts


def cached_store(args, tmp_root: Path, size: int, base, with_letters: bool) -> tuple[Path, dict]:
    """A store of `size` chunks: built in the temp dir, or built once and reused from --store-cache."""
    if not args.store_cache:
        db = tmp_root / f"db-{size}"
        return db, build_store(db, size, base, with_letters=with_letters)
    kind = "letters" if with_letters else "vectors"
    db = Path(args.store_cache) / f"db-{size}-{kind}-base{args.base_letters}-seed{args.seed}"
    done = db / "bench_facts.json"
    if done.exists():
        facts = json.loads(done.read_text())
        log(f"store {size}: reusing {db} {facts}")
        return db, facts
    shutil.rmtree(db, ignore_errors=True)
    facts = build_store(db, size, base, with_letters=with_letters)
    done.write_text(json.dumps(facts))
    return db, facts


def forget_clients() -> None:
    """Drop chromadb's per-path client cache so a deleted store's index leaves this process's memory."""
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


def dir_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


# -- questions ------------------------------------------------------------------------------------
TEMPLATES = [
    "Why was the {region} MRI denied?",
    "was an MRI of the {region} spine approved for a {age} year old {sex}?",
    "Physical therapy for the {region} upheld, {n} sessions",
    "Why was Norco {dose} mg denied for chronic {region} pain?",
    "Norco hydrocodone denied {age} year old {sex} injured {date}",
    "What was decided about the {treatment} in case {case}?",
    "Why was the request in {case} upheld?",
    "{age} year old {sex} with {region} pain after a fall at work, injured on {date}: was {treatment} approved?",
    "acupuncture {n} visits for the {region} overturned",
    "epidural steroid injection at L4-5 denied for radiculopathy, patient aged {age}",
    "Why are lumbar MRI requests denied?",
    "Was cyclobenzaprine (Flexeril) upheld for muscle spasm of the {region}?",
    "TENS unit denied for {region} pain, {sex}, {age} years old",
    "chiropractic care {n} sessions {region} - why was it not medically necessary?",
]
REGIONS = ["lumbar", "cervical", "shoulder", "knee", "thoracic", "wrist", "hip", "ankle"]
TREATMENTS = ["MRI", "physical therapy", "Norco", "acupuncture", "epidural injection", "TENS unit",
              "surgery", "urine drug screen", "chiropractic treatment", "tramadol"]


def questions(n: int, cases: list[str], seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        out.append(rng.choice(TEMPLATES).format(
            region=rng.choice(REGIONS), age=rng.randint(19, 72), sex=rng.choice(("male", "female")),
            n=rng.choice((6, 8, 12, 18, 24)), dose=rng.choice((5, 7.5, 10)), treatment=rng.choice(TREATMENTS),
            case=rng.choice(cases), date=f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/20{rng.randint(10, 15)}",
        ))
    return out


# -- stats ----------------------------------------------------------------------------------------
def pct(values: list[float], q: float) -> float:
    return round(float(np.percentile(np.asarray(values), q)), 1) if values else float("nan")


def summary(latencies_ms: list[float], errors: int, seconds: float) -> dict:
    return {"n": len(latencies_ms), "errors": errors, "p50": pct(latencies_ms, 50), "p95": pct(latencies_ms, 95),
            "p99": pct(latencies_ms, 99), "mean": round(float(np.mean(latencies_ms)), 1) if latencies_ms else None,
            "rps": round(len(latencies_ms) / seconds, 1) if seconds else None}


# -- raw baseline: encoder + Chroma only ----------------------------------------------------------
class Raw:
    """The same encoder's `encode([q])` + `Store.query` (60 candidates, as the service asks), in process."""

    def __init__(self, db: Path | None, url: str, encoder) -> None:
        from indexer.settings import Settings
        from indexer.store import Store
        from service.filters import to_where

        self.store = Store(Settings.from_env({}, db=db or Path("unused"), chroma_url=url))
        self.encoder = encoder
        self.where = {"unfiltered": to_where({}), "filtered": to_where(FILTER)}
        self.lat: dict[str, dict[str, list[float]]] = {
            f: {"embed": [], "chroma": [], "total": [], "ids_only": []} for f in self.where}

    def __call__(self, q: str, filt: str, record: bool = True) -> None:
        t0 = time.perf_counter()
        v = self.encoder.encode([q])
        t1 = time.perf_counter()
        self.store.query(v, 60, self.where[filt])
        t2 = time.perf_counter()
        if filt == "unfiltered":  # the cheapest query there is: ids and distances, no documents
            self.store.nearest(v, 60)
        t3 = time.perf_counter()
        if record:
            rec = self.lat[filt]
            rec["embed"].append((t1 - t0) * 1e3), rec["chroma"].append((t2 - t1) * 1e3), rec["total"].append((t2 - t0) * 1e3)
            if filt == "unfiltered":
                rec["ids_only"].append((t1 - t0 + t3 - t2) * 1e3)

    def ids_only(self, q: str) -> None:
        """Embed + `Store.nearest` alone (what the service asks Chroma for), recorded as ids_only."""
        t0 = time.perf_counter()
        self.store.nearest(self.encoder.encode([q]), 60)
        self.lat["unfiltered"]["ids_only"].append((time.perf_counter() - t0) * 1e3)

    def result(self) -> dict:
        return {f: {part: summary(v, 0, 0) for part, v in parts.items() if v} for f, parts in self.lat.items()}


def exact_filtered(size: int, item_share: float, seconds: float, seed: int = 3) -> dict:
    """How the service's exact filtered scoring (service.vectors) grows: top-60 by cosine over the
    rows a filter keeps, for filters keeping 1%, 5% and 25% (the most it scores exactly) of the
    item rows a store of `size` chunks holds. Random unit vectors: the cost does not depend on them."""
    from service.vectors import Vectors

    rng = np.random.default_rng(seed)
    n = int(size * item_share)
    matrix = rng.standard_normal((n, 384), dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    vectors = Vectors(matrix)
    del matrix
    out = {"item_rows": n, "matrix_mb": round(vectors.matrix.nbytes / 1e6, 1)}
    for share in (0.01, 0.05, 0.25):
        rows = np.flatnonzero(rng.random(n) < share)
        lat, end = [], time.perf_counter() + seconds
        while time.perf_counter() < end and len(lat) < 200:
            q = rng.standard_normal(384).astype(np.float32)
            t = time.perf_counter()
            vectors.top(q / np.linalg.norm(q), 60, rows)
            lat.append((time.perf_counter() - t) * 1e3)
        out[f"{share:.2f}"] = {"rows": len(rows), **summary(lat, 0, 0)}
    return out


# -- processes ------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def vm_hwm_mb(pid: int) -> float | None:
    """Peak RSS of a process in MB (10^6 bytes)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) * 1024 / 1e6, 1)
    except OSError:
        return None
    return None


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def wait_http(url: str, proc: subprocess.Popen, timeout: float) -> None:
    import httpx

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited with {proc.returncode} before answering {url}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f}s")


def start_chroma(path: Path, logs: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    log_file = open(logs / f"chroma-{port}.log", "wb")
    proc = subprocess.Popen([str(VENV_BIN / "chroma"), "run", "--path", str(path), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log_file, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_http(f"{url}/api/v2/heartbeat", proc, 120)
    return proc, url


def start_service(db: Path, docs: Path, chroma_url: str, logs: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "IMR_DB": str(db), "IMR_DOCS": str(docs), "IMR_CHROMA_URL": chroma_url,
           "IMR_HOST": "127.0.0.1", "IMR_PORT": str(port), "IMR_LLM_URL": "", "IMR_RATE_LIMIT": "", "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT),
           "TRANSFORMERS_OFFLINE": "1"}
    log_file = open(logs / f"serve-{port}.log", "wb")
    proc = subprocess.Popen([str(VENV_BIN / "imr"), "serve"], env=env, stdout=log_file, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_http(f"{url}/api/health", proc, 300)
    return proc, url


# -- the HTTP load --------------------------------------------------------------------------------
async def run_cell(url: str, path: str, bodies: list[dict], clients: int, seconds: float, max_n: int) -> dict:
    import httpx

    lat: list[float] = []
    errors = 0
    samples: list[str] = []
    cursor = 0
    end = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def worker() -> None:
            nonlocal cursor, errors
            while time.perf_counter() < end and cursor < max_n:
                body = bodies[cursor % len(bodies)]
                cursor += 1
                t0 = time.perf_counter()
                try:
                    r = await client.post(path, json=body)
                    ok = r.status_code == 200
                    why = f"{r.status_code} {r.text[:160]}"
                except httpx.HTTPError as exc:
                    ok, why = False, f"{type(exc).__name__}: {exc}"
                if not ok and len(samples) < 3:
                    samples.append(why)
                if ok:
                    lat.append((time.perf_counter() - t0) * 1e3)
                else:
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        took = time.perf_counter() - started
    out = summary(lat, errors, took)
    if samples:
        out["error_samples"] = samples
    return out


async def run_interleaved(url: str, qs: list[str], raw: Raw | None, seconds: float, max_n: int) -> dict:
    """One client: search/ask x unfiltered/filtered and the raw baseline, round-robin, so that every
    variant sees the same (shared, noisy) machine. Each variant gets its own questions (the engine
    caches query embeddings by text)."""
    import httpx

    variants = [(ep, f) for ep in ("search", "ask") for f in ("unfiltered", "filtered")]
    lat: dict[str, list[float]] = {f"{ep}/{f}/c1": [] for ep, f in variants}
    errors = dict.fromkeys(lat, 0)
    samples: list[str] = []
    width = len(variants) + 2
    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        for i in range(max_n):
            if time.perf_counter() - started > seconds:
                break
            order = list(range(width))
            random.Random(i).shuffle(order)
            for slot in order:
                q = qs[(i * width + slot) % len(qs)]
                if slot >= len(variants):
                    if raw is not None:
                        raw(q, ("unfiltered", "filtered")[slot - len(variants)])
                    continue
                ep, f = variants[slot]
                key = f"{ep}/{f}/c1"
                t0 = time.perf_counter()
                try:
                    r = await client.post(f"/api/{ep}", json=body_for(ep, q, f == "filtered"))
                    ok, why = r.status_code == 200, f"{r.status_code} {r.text[:160]}"
                except httpx.HTTPError as exc:
                    ok, why = False, f"{type(exc).__name__}: {exc}"
                if ok:
                    lat[key].append((time.perf_counter() - t0) * 1e3)
                else:
                    errors[key] += 1
                    if len(samples) < 3:
                        samples.append(why)
    took = time.perf_counter() - started
    out = {k: summary(v, errors[k], took) for k, v in lat.items()}
    if samples:
        out["error_samples"] = samples
    return out


def body_for(endpoint: str, q: str, filtered: bool) -> dict:
    key = "query" if endpoint == "search" else "question"
    body: dict = {key: q}
    if filtered:
        body["filters"] = dict(FILTER)
    return body


def measure_service(url: str, qs: list[str], args, raw: Raw | None, *, endpoints=("search", "ask")) -> dict:
    import httpx

    # Warm: the first query builds the BM25 index over every item chunk.
    t0 = time.perf_counter()
    r = httpx.post(f"{url}/api/search", json={"query": "lumbar MRI denied"}, timeout=900)
    r.raise_for_status()
    warm_first = (time.perf_counter() - t0) * 1e3
    for q in qs[-10:]:
        for ep in ("search", "ask"):
            for filtered in (False, True):
                httpx.post(f"{url}/api/{ep}", json=body_for(ep, q, filtered), timeout=120)
        if raw is not None:
            raw(q, "unfiltered", record=False), raw(q, "filtered", record=False)
    out: dict = {"first_query_ms": round(warm_first, 1)}
    # 1 client: every variant interleaved with the raw baseline (4 variants + 2 raw per round).
    n1 = args.max_requests
    cells = asyncio.run(run_interleaved(url, qs[: n1 * 6], raw, args.cell_seconds * 4, n1))
    for key, cell in cells.items():
        if key.split("/")[0] in endpoints or key == "error_samples":
            out[key] = cell
            log(f"  {key}: {cell}")
    offset = n1 * 6
    for ep in endpoints:
        for filtered in (False, True):
            n = args.max_requests
            bodies = [body_for(ep, q, filtered) for q in qs[offset : offset + n]]
            offset += n
            cell = asyncio.run(run_cell(url, f"/api/{ep}", bodies, 16, args.cell_seconds, n))
            key = f"{ep}/{'filtered' if filtered else 'unfiltered'}/c16"
            out[key] = cell
            log(f"  {key}: {cell}")
    return out


# -- profile one request in process ---------------------------------------------------------------
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


# -- main -----------------------------------------------------------------------------------------
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
