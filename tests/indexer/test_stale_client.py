"""An embedded Chroma client holds its own copy of the HNSW index, read when it was opened. A
long-running process (`imr serve`) that opened the store before another process (`imr index`)
wrote must not save an index without that process's vectors when it writes itself (an upload,
a deletion): the store reopens its client first. Real processes, real Chroma: measured without the
reopening, none of the other process's 1,000+ vectors were found any more once this process had
written 1,000 of its own (Chroma saves its HNSW index every 1,000 writes and then drops the log
entries it covers)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from corpus.generate import write_corpus
from indexer.pipeline import index_paths
from indexer.settings import Settings
from indexer.store import open_store

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

OTHER = """
import sys
from pathlib import Path
from conftest import FakeEncoder
from indexer.pipeline import index_paths
from indexer.settings import Settings
from indexer.store import open_store

db, docs, letters = map(Path, sys.argv[1:4])
settings = Settings.from_env({}, db=db, docs=docs)
report = index_paths(settings, [letters], store=open_store(settings), encoder=FakeEncoder())
print(report.summary())
"""


def test_a_process_that_opened_the_store_earlier_keeps_another_process_vectors_when_it_writes(tmp_path, fake_encoder):
    settings = Settings.from_env({}, db=tmp_path / "index", docs=tmp_path / "docs")
    store = open_store(settings)
    assert index_paths(settings, [write_corpus(tmp_path / "first", 20, seed=1)[0].parent], store=store,
                       encoder=fake_encoder).indexed == 20
    store.chroma.nearest(np.ones(384, np.float32) / np.sqrt(384), 1)  # this process's client is open (a server's)

    script = tmp_path / "other.py"
    script.write_text(OTHER)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "tests")]), "ANONYMIZED_TELEMETRY": "False"}
    done = subprocess.run([sys.executable, str(script), str(settings.db), str(settings.docs),
                           str(write_corpus(tmp_path / "other", 200, seed=2)[0].parent)],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "indexed 200 letters" in done.stdout  # over 1,000 vectors: that process saves its index
    other = {p.stem for p in (tmp_path / "other").glob("*.txt")}

    # this process writes more than Chroma's sync threshold (1,000 vectors), so it saves its index
    report = index_paths(settings, [write_corpus(tmp_path / "third", 200, seed=3)[0].parent], store=store,
                         encoder=fake_encoder)
    assert report.indexed == 200 and report.chunks > 1000

    from indexer.chroma import forget_clients

    forget_clients()
    fresh = open_store(settings)
    rows = fresh.catalog.query(
        "SELECT c.vector_id, c.vec_row, l.case_number FROM chunks c JOIN letters l ON l.id = c.letter_id "
        "WHERE c.section = 'item' AND c.text IN (SELECT text FROM chunks GROUP BY text HAVING count(*) = 1)")
    matrix = fresh.vectors.map()
    theirs = [(vid, row) for vid, row, case in rows if case in other]
    assert len(theirs) > 500
    found = sum(fresh.chroma.nearest(np.asarray(matrix[row], np.float32), 1, "item")[0][0] == vid for vid, row in theirs)
    assert found == len(theirs)
    assert fresh.chroma.count() == fresh.catalog.query(
        "SELECT count(*) FROM chunks WHERE section IN ('item', 'summary')")[0][0]
