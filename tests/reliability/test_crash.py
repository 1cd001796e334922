"""Crash safety: `kill -9` an indexing run at random points, finish it, and get exactly a clean build,
in the catalog and in Chroma alike (nothing in one that the other does not have).

The subprocess runs the real pipeline (indexer.pipeline.index_paths into a real embedded Chroma)
with a deterministic hashing encoder written into tmp_path, so a run takes seconds, not minutes.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from corpus.generate import write_corpus
from indexer.pipeline import index_paths
from indexer.settings import Settings
from indexer.store import open_store

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"

SCRIPT = '''
import sys, time
from pathlib import Path
from conftest import FakeEncoder  # tests/ is on PYTHONPATH: the suite's deterministic stand-in
from indexer.pipeline import index_paths
from indexer.settings import Settings
from indexer.store import open_store

class SlowFakeEncoder(FakeEncoder):
    def encode(self, texts):
        if any(t.startswith("Letter header, case") for t in texts):  # a batch of chunks (not the role model's call)
            time.sleep(1.0)  # about what the real model takes for a batch, so kills land mid-run
        return super().encode(texts)

db, docs, corpus = map(Path, sys.argv[1:4])
settings = Settings.from_env({}, db=db, docs=docs)
store = open_store(settings)
store.chroma.count()  # open Chroma (lazily opened otherwise) before the clock starts
print("ready", flush=True)
report = index_paths(settings, [corpus], store=store, encoder=SlowFakeEncoder())
print(report.summary(), flush=True)
sys.exit(1 if report.failed else 0)
'''

pytestmark = pytest.mark.slow


def start(script: Path, db: Path, docs: Path, corpus: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "tests")]), "ANONYMIZED_TELEMETRY": "False"}
    return subprocess.Popen([sys.executable, str(script), str(db), str(docs), str(corpus)], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


def snapshot(db: Path) -> dict:
    """Everything that defines an index, in both stores: the catalog's letters, items and chunks,
    Chroma's vectors (exactly the ones the catalog references, equal to the vector file's rows),
    and the lexical segment's answers."""
    from indexer.lexical import needs_rebuild
    from service.warm import Warm

    store = open_store(Settings.from_env({}, db=db, docs=db.parent / "unused-docs"))
    q = store.catalog.query
    chunks = {row[0]: row[1:] for row in q(
        "SELECT c.chunk_id, c.vector_id, c.text, c.section, c.window, c.span_start, c.span_end, c.pages, "
        "l.case_number FROM chunks c JOIN letters l ON l.id = c.letter_id")}
    assert len(chunks) == store.count(), "duplicate chunk ids"
    records = {cn: (r.content_hash, r.file_sha256, r.chunks) for cn, r in store.letter_records().items()}
    letters = {cn: store.get_letter(cn) for cn in records}
    items = sorted(q("SELECT case_number, item_index, request, title, decision, category FROM items"))
    # Chroma holds exactly the catalog's vectors of the sections it indexes, and they are the
    # vector file's rows
    referenced = {row[0] for row in chunks.values() if row[2] in ("item", "summary")}
    assert set(store.chroma.ids()) == referenced, "Chroma and the catalog disagree"
    assert q("SELECT count(*) FROM journal") == [(0,)]
    rows = q("SELECT vector_id, vec_row FROM chunks WHERE section IN ('item', 'summary') ORDER BY id LIMIT 20")
    stored = store.chroma.get([vid for vid, _ in rows])
    matrix = store.vectors.map()
    for vid, row in rows:
        assert np.allclose(matrix[row].astype(np.float32), stored[vid], atol=2e-3), vid
    # the HNSW index answers for the vectors it holds
    nearest = [store.nearest(stored[vid], 1) for vid, _ in rows]
    assert all(n and n[0][1] > 0.999 for n in nearest)
    # the lexical segment (or its delta) answers the same
    assert not needs_rebuild(store.catalog, store.root)
    warm = Warm(store.catalog, store.root)
    found = warm.lexical("lumbar MRI physical therapy acupuncture", 20, None)
    lexical = [(int(warm.chunk[p]), round(s, 4)) for p, s in found]
    by_id = dict(q("SELECT id, chunk_id FROM chunks"))
    return {"chunks": chunks, "records": records, "letters": letters, "items": items,
            "lexical": [(by_id[cid], s) for cid, s in lexical]}


def committed(db: Path, docs: Path) -> int:
    """How many letters the index holds now (a reader, while the indexer writes)."""
    if not db.exists():
        return 0
    return len(open_store(Settings.from_env({}, db=db, docs=docs)).letter_records())


def test_kill_9_at_random_points_then_finish_equals_a_clean_build(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 200, seed=7)
    script = tmp_path / "index_with_hash_encoder.py"
    script.write_text(SCRIPT)
    clean = start(script, tmp_path / "clean-db", tmp_path / "clean-docs", corpus)  # runs alongside the kills
    db, docs = tmp_path / "db", tmp_path / "docs"
    rng = random.Random(7)
    progress = []
    killed = 0
    for _ in range(5):
        before = progress[-1] if progress else 0
        proc = start(script, db, docs, corpus)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(1.0, 3.5))
        # on a loaded machine a run may not have committed a letter yet: wait (a while) until it has,
        # so the kill lands in the middle of the run, not before it starts
        waited = time.monotonic()
        while proc.poll() is None and committed(db, docs) == before and time.monotonic() - waited < 60:
            time.sleep(0.2)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait(timeout=30)
        progress.append(len(open_store(Settings.from_env({}, db=db, docs=docs)).letter_records()))
    print(f"letters committed after each of {killed} kill -9: {progress}")
    assert killed >= 3, "most kills should land while indexing runs"
    assert any(0 < p < 200 for p in progress), "some kill should land in the middle of the run"
    final = start(script, db, docs, corpus)
    out, _ = final.communicate(timeout=300)
    assert final.returncode == 0, out
    out_clean, _ = clean.communicate(timeout=300)
    assert clean.returncode == 0, out_clean
    assert "indexed 200 letters" in out_clean

    recovered, reference = snapshot(db), snapshot(tmp_path / "clean-db")
    assert len(reference["records"]) == 200
    assert recovered["records"] == reference["records"]
    assert recovered["letters"] == reference["letters"]
    assert recovered["items"] == reference["items"]
    assert set(recovered["chunks"]) == set(reference["chunks"])
    assert recovered["chunks"] == reference["chunks"]
    assert recovered["lexical"] == reference["lexical"]
    for case, (_hash, _sha, n) in recovered["records"].items():
        assert sum(1 for c in recovered["chunks"].values() if c[-1] == case) == n, case
    kept, clean_kept = {p.name for p in docs.iterdir()}, {p.name for p in (tmp_path / "clean-docs").iterdir()}
    leftovers = {name for name in kept - clean_kept if name.endswith(".tmp")}  # a copy cut short (same bug)
    assert kept - leftovers <= clean_kept, f"stray files in the documents folder: {kept - clean_kept}"
    assert clean_kept == kept - leftovers, "every committed letter keeps its original file"


def test_readers_during_indexing_see_only_whole_letters(tmp_path, fake_encoder):
    """A reader querying the store while another thread indexes never errors, and every letter it
    sees recorded has all of its chunks."""
    from service import qa
    from service.engine import Engine

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 80, seed=11)
    settings = Settings.from_env({}, db=tmp_path / "db", docs=tmp_path / "docs")
    store = open_store(settings)
    engine = Engine(settings, store, fake_encoder)
    done = threading.Event()
    errors: list[str] = []
    checks = {"records": 0, "queries": 0, "searches": 0, "rounds": 0}
    search_errors: list[str] = []

    def reader() -> None:
        rng = random.Random(3)
        vector = fake_encoder.encode(["lumbar MRI physical therapy"])
        while not done.is_set():
            try:
                records = store.letter_records()
                for case in rng.sample(sorted(records), min(5, len(records))):
                    have = len(store.chunk_ids(case))
                    if have != records[case].chunks:
                        errors.append(f"{case}: record says {records[case].chunks} chunks, store has {have}")
                    checks["records"] += 1
                if store.count():
                    store.nearest(vector[0], k=5)
                    checks["queries"] += 1
            except Exception as exc:  # noqa: BLE001 - any error is the finding
                errors.append(f"{type(exc).__name__}: {exc}")
            try:
                if store.letter_count():
                    qa.search(engine, qa.SearchRequest(query="lumbar MRI", k=5))
                    checks["searches"] += 1
            except Exception as exc:  # noqa: BLE001
                search_errors.append(f"{type(exc).__name__}: {exc}")
            checks["rounds"] += 1

    class SlowEncoder:
        """The fake encoder, holding each chunk batch until the reader has gone round three more times,
        and from the second batch on until the first one's letters are committed: the reader
        reads a half-indexed store however busy the machine is."""

        name, dim = fake_encoder.name, fake_encoder.dim
        calls = 0

        def encode(self, texts):
            if not any(t.startswith("Letter header, case") for t in texts):
                return fake_encoder.encode(texts)  # the role model's calls (open sentences) are not held
            SlowEncoder.calls += 1
            deadline = time.monotonic() + 60
            while SlowEncoder.calls > 1 and not store.letter_count() and time.monotonic() < deadline:
                time.sleep(0.02)
            target = checks["rounds"] + 3
            while checks["rounds"] < target and time.monotonic() < deadline:
                time.sleep(0.02)
            return fake_encoder.encode(texts)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        report = index_paths(settings, [corpus], store=store, encoder=SlowEncoder())
    finally:
        done.set()
        thread.join(30)
    print(f"reader checks during indexing: {checks}; search errors: {search_errors[:3]}")
    assert report.indexed == 80 and not report.failed
    assert errors == []
    assert SlowEncoder.calls >= 2
    assert checks["records"] >= 3 and checks["queries"] >= 3 and checks["searches"] >= 3
    assert search_errors == [], search_errors[:3]


def test_a_killed_indexer_takes_its_parse_workers_with_it(tmp_path):
    """`kill -9` of an indexing run leaves no parse worker behind (they would wait on their queue
    for ever, holding memory)."""
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 200, seed=7)
    script = tmp_path / "index_with_hash_encoder.py"
    script.write_text(SCRIPT)
    proc = start(script, tmp_path / "db", tmp_path / "docs", corpus)
    assert proc.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + 30
    children: list[int] = []
    while not children and time.monotonic() < deadline:  # the pool starts with the first letters
        children = [int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
        time.sleep(0.05)
    assert children, "the run started no parse workers"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{c}").exists() for c in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [c for c in children if Path(f"/proc/{c}").exists()]
