"""Stores of N chunks: the base set replicated under new case numbers, vectors perturbed by noise."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import numpy as np

from bench.latency.common import NOISE, log

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
