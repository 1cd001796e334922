"""Bench indexes of N chunks, built by the real pipeline from generated letters.

Letters come from `corpus.generate.generate_letters` (a new seed per part of PART letters), each
given a case number unique across parts (CMyy-nnnnnnn, the serial number of the letter in the
build), written as .txt and indexed by `indexer.pipeline.index_paths` with the pool stand-in
encoder (bench.latency.pool): real parsing, chunking, sentence roles, catalog, vector file,
Chroma and lexical segment; only the model is replaced. Parts are added until the index holds
the target number of chunks; the last part is cut to fit. Every part's report (seconds per
stage) and the folder's size by component go into `bench_facts.json` beside the index.
"""

from __future__ import annotations

import json
import math
import shutil
import time
from pathlib import Path

from bench.latency.common import log

PART = 10_000  # letters per indexing run


def write_part(folder: Path, part: int, n: int) -> list[Path]:
    """`n` generated letters (seed 1000 + part), case numbers renumbered from part * PART + 1."""
    from corpus.generate import generate_letters

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, letter in enumerate(generate_letters(n, seed=1000 + part)):
        case = f"{letter.case_number[:5]}{part * PART + i + 1:07d}"
        path = folder / f"{case}.txt"
        path.write_text(letter.text.replace(letter.case_number, case), encoding="utf-8")
        paths.append(path)
    return paths


def sizes(db: Path) -> dict[str, float]:
    """MB on disk of each part of an index folder."""
    def mb(path: Path) -> float:
        if path.is_file():
            return path.stat().st_size / 1e6
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6 if path.exists() else 0.0

    catalog = sum(mb(db / f"catalog.sqlite{suffix}") for suffix in ("", "-wal", "-shm"))
    return {"catalog": round(catalog, 1), "vectors": round(mb(db / "vectors.f16"), 1), "lists": round(mb(db / "vectors.lists"), 1),
            "lexical": round(mb(db / "lexical"), 1), "chroma": round(mb(db / "chroma"), 1),
            "documents": round(mb(db / "documents"), 1)}


def build_index(db: Path, chunks: int, encoder, *, work: Path, facts: dict | None = None) -> dict:
    """Add generated letters to the index at `db` until it holds `chunks` chunks."""
    from indexer.pipeline import index_paths
    from indexer.settings import Settings
    from indexer.store import open_store

    settings = Settings.from_env({}, db=db, docs=db / "documents")
    store = open_store(settings)
    if facts is None and (db / "bench_facts.json").exists():
        facts = json.loads((db / "bench_facts.json").read_text())
    facts = facts or {"parts": []}
    part = len(facts["parts"])
    while (have := store.count()) < chunks:
        letters_now = store.letter_count()
        per_letter = have / letters_now if letters_now else 6.0
        n = min(PART, max(1, math.ceil((chunks - have) / per_letter)))
        folder = work / f"part-{part}"
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        paths = write_part(folder, part, n)
        written = time.perf_counter() - started
        report = index_paths(settings, paths, store=store, encoder=encoder)
        shutil.rmtree(folder, ignore_errors=True)
        row = {"part": part, "letters": report.indexed, "chunks": report.chunks, "failed": len(report.failed),
               "seconds": round(report.seconds, 1), "write_s": round(written, 1),
               "stages": {k: round(v, 1) for k, v in report.stages.items()}, "total_chunks": store.count(),
               "load": [round(x, 2) for x in __import__("os").getloadavg()]}
        facts["parts"].append(row)
        log(f"part {part}: {report.summary()} in {report.seconds:.0f}s = {report.chunks / report.seconds:.0f} chunks/s; "
            f"{row['total_chunks']} chunks in all; {row['stages']}; load {row['load']}")
        if report.failed:
            log(f"  first failure: {report.failed[0].reason}")
        part += 1
        (db / "bench_facts.json").write_text(json.dumps(facts, indent=1))
    if store.lists.read() is None or store.lists.grouped_rows() is None:  # an index built before the lists
        # or their grouped copy: its next write would write them
        started = time.perf_counter()
        with store.writing("bench: coarse lists"):
            log(f"coarse lists: {store.sync_lists(progress=log)} in {time.perf_counter() - started:.1f}s")
    facts.update({"chunks": store.count(), "letters": store.letter_count(), "items": store.catalog.item_count(),
                  "disk_mb": sizes(db),
                  "build_s": round(sum(p["seconds"] for p in facts["parts"]), 1)})
    (db / "bench_facts.json").write_text(json.dumps(facts, indent=1))
    return facts


def cached_index(cache: Path, chunks: int, encoder, *, start_from: Path | None = None) -> tuple[Path, dict]:
    """The index of `chunks` chunks under `cache` (built once; grown from a copy of `start_from`,
    a smaller one, when given)."""
    db = cache / f"index-{chunks}"
    done = db / "bench_facts.json"
    if done.exists() and json.loads(done.read_text()).get("chunks", 0) >= chunks and (db / "vectors.lists").exists() \
            and (db / "vectors.grouped").exists():
        return db, json.loads(done.read_text())
    facts = None
    if start_from is not None and not db.exists():
        log(f"copying {start_from} to {db}")
        shutil.copytree(start_from, db)
    if done.exists():
        facts = json.loads(done.read_text())
        facts.pop("chunks", None)
    return db, build_index(db, chunks, encoder, work=cache / "work", facts=facts)


def rebuild_chroma(db: Path, batch: int = 4000) -> dict:
    """Write an index's Chroma store again from its vector file and catalog (the vectors of the
    sections Chroma indexes, under their catalog ids), into a fresh <db>/chroma: what indexing
    writes, without indexing again. For bench indexes built before a change of what Chroma holds."""
    import numpy as np

    from indexer.chroma import forget_clients
    from indexer.settings import Settings
    from indexer.store import open_store

    started = time.perf_counter()
    shutil.rmtree(db / "chroma", ignore_errors=True)
    forget_clients()
    store = open_store(Settings.from_env({}, db=db), create=False)
    matrix = store.vectors.map()
    last, done = 0, 0
    while True:
        rows = store.catalog.query("SELECT id, vector_id, vec_row FROM chunks WHERE id > ? AND section IN "
                                   "('item', 'summary') ORDER BY id LIMIT ?", (last, batch))
        if not rows:
            break
        store.chroma.upsert([r[1] for r in rows], np.asarray(matrix[[r[2] for r in rows]], dtype=np.float32))
        last, done = rows[-1][0], done + len(rows)
        if done % 100_000 < batch:
            log(f"  chroma: {done} vectors ({time.perf_counter() - started:.0f}s)")
    facts = {"vectors": store.chroma.count(), "seconds": round(time.perf_counter() - started, 1)}
    forget_clients()
    return facts
