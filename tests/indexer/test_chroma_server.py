"""Indexing into a real `chroma run` server (IMR_CHROMA_URL) instead of the embedded store."""

from __future__ import annotations

import os
import shutil
import sys
import urllib.request
from pathlib import Path

import pytest

from indexer.errors import ImrError
from indexer.pdf import read_letter
from indexer.pipeline import index_paths
from indexer.settings import Settings
from indexer.store import open_store

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REAL_PDFS = SHARED / "corpus" / "dwc-imr-2016-2017" / "pdf"
SKIP = "../shared/corpus not found: real-letter tests need the shared corpus beside the checkout"
THREE = ["CM16-0219557", "CM16-0242302", "CM16-0247255"]  # 7 + 6 + 4 chunks

pytestmark = pytest.mark.slow


def _chroma() -> str | None:
    beside = Path(sys.executable).parent / "chroma"
    return str(beside) if beside.exists() else shutil.which("chroma")


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory, free_port, server_process):
    exe = _chroma()
    if exe is None:
        pytest.skip("the `chroma` executable was not found (it ships with the chromadb package)")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    url = f"http://127.0.0.1:{port}"

    def ready() -> bool:
        with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2) as response:
            return response.status == 200

    argv = [exe, "run", "--path", str(path / "data"), "--host", "127.0.0.1", "--port", str(port)]
    with server_process(argv, ready, log_path=path.parent / f"chroma-{port}.log", what="chroma run",
                        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"}):
        yield url


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not REAL_PDFS.is_dir():
        pytest.skip(SKIP)
    cache = tmp_path_factory.getbasetemp() / "real-letter-txt"
    cache.mkdir(exist_ok=True)
    folder = tmp_path_factory.mktemp("server-letters")
    for case in THREE:
        cached = cache / f"{case}.txt"
        if not cached.exists():
            part = cached.with_suffix(".part")
            part.write_text(read_letter(REAL_PDFS / f"{case}.pdf").text, encoding="utf-8")
            part.replace(cached)
        shutil.copyfile(cached, folder / f"{case}.txt")
    return folder


def test_index_reindex_and_query_a_chroma_server(chroma_url: str, letters: Path, tmp_path: Path, fake_encoder) -> None:
    settings = Settings.from_env({}, chroma_url=chroma_url, db=tmp_path / "index")
    store = open_store(settings)
    assert store.kind == "server"
    assert store.location == chroma_url
    store.heartbeat()
    assert store.chroma.configuration()["space"] == "cosine"
    assert store.chroma.configuration()["ef_search"] == 200

    report = index_paths(settings, [letters], store=store, encoder=fake_encoder)
    assert report.summary() == "indexed 3 letters (17 chunks), unchanged 0, failed 0"
    searched = store.catalog.query("SELECT count(*) FROM chunks WHERE section IN ('item', 'summary')")[0][0]
    assert (store.count(), store.letter_count(), store.chroma.count()) == (17, 3, searched)
    calls = fake_encoder.calls

    again = index_paths(settings, [letters], store=open_store(settings), encoder=fake_encoder)
    assert again.summary() == "indexed 0 letters (0 chunks), unchanged 3, failed 0"
    assert fake_encoder.calls == calls
    assert not (tmp_path / "index" / "chroma").exists()  # the embedded store was never opened

    # a fresh client sees the same data; the item chunk is its own nearest neighbour
    fresh = open_store(settings, create=False)
    text = fresh.chunk("CM16-0247255/item-1/rationale-1")["text"]
    hits = fresh.nearest(fake_encoder.encode([text])[0], k=3, section="item")
    assert hits[0][0] == "CM16-0247255/item-1/rationale-1"
    assert round(hits[0][1], 4) == 1.0
    assert fresh.get_letter("CM16-0247255").items[0].request == "MRI of the lumbar spine without contrast"
    assert fresh.get_letter("CM16-0242302").items[0].request == "MRI without contrast of the right elbow"


def test_unreachable_server_is_a_clear_error(tmp_path: Path, free_port) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    store = open_store(Settings.from_env({}, chroma_url=url, db=tmp_path / "db"))
    with pytest.raises(ImrError, match=f"Chroma .*{url}"):
        store.heartbeat()


WRITER = '''
import sys
from pathlib import Path
from conftest import FakeEncoder  # tests/ is on PYTHONPATH: the suite's deterministic stand-in
from indexer.pipeline import index_paths
from indexer.settings import Settings
from indexer.store import open_store

url, collection, db, folder = sys.argv[1:5]
settings = Settings.from_env({}, chroma_url=url, collection=collection, db=Path(db))
report = index_paths(settings, [Path(folder)], store=open_store(settings), encoder=FakeEncoder())
print(report.summary(), flush=True)
'''


def test_a_serving_engine_picks_up_letters_another_process_indexes(chroma_url: str, letters: Path, tmp_path: Path,
                                                                   fake_encoder, monkeypatch) -> None:
    """Indexing while serving: both processes share the index folder and one Chroma server; the
    engine reads Chroma's HNSW (as on a large index) and finds the new letter without a restart."""
    import subprocess
    import time

    from service import nearest as nearest_module
    from service.engine import Engine
    from service.qa import SearchRequest, search

    monkeypatch.setattr(nearest_module, "EXACT_ALL", 0)
    repo = Path(__file__).resolve().parents[2]
    settings = Settings.from_env({}, chroma_url=chroma_url, collection="watch", db=tmp_path / "index")
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir(), later.mkdir()
    shutil.copy(letters / f"{THREE[0]}.txt", first)
    shutil.copy(letters / f"{THREE[1]}.txt", later)
    store = open_store(settings)
    assert index_paths(settings, [first], store=store, encoder=fake_encoder).indexed == 1
    engine = Engine(settings, store, fake_encoder)
    before = engine.warm()
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo), str(repo / "tests")]), "ANONYMIZED_TELEMETRY": "False"}
    done = subprocess.run([sys.executable, str(script), chroma_url, "watch", str(tmp_path / "index"), str(later)],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "indexed 1 letters (6 chunks), unchanged 0, failed 0", done.stderr[-2000:]
    deadline = time.monotonic() + 20
    while engine.warm() is before and time.monotonic() < deadline:
        time.sleep(0.1)
    hits = search(engine, SearchRequest(query=f"What was decided in case {THREE[1]}?", k=3)).hits
    assert {h.case_number for h in hits} == {THREE[1]}
