"""A Chroma server that goes away and comes back: 503 with a clear message, then recovery, no restart."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from litestar.testing import TestClient

from indexer.pipeline import index_paths
from indexer.settings import Settings
from service.settings import ServiceSettings
from indexer.store import open_store
from service.app import create_app
from service.engine import Engine

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
PDFS = SHARED / "corpus" / "dwc-imr-2016-2017" / "pdf"
CHROMA = Path(sys.executable).parent / "chroma"
CASES = ["CM16-0242419", "CM17-0005246"]

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_chroma(path: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [str(CHROMA), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"chroma run exited with {proc.returncode}")
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("chroma run did not open its port in 30 s")


def stop(proc: subprocess.Popen) -> None:
    proc.kill()
    proc.wait(timeout=10)


def until(check, seconds: float = 20.0):
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.2)


@pytest.fixture
def server(tmp_path):
    if not CHROMA.exists():
        pytest.skip("the chroma executable is not in the venv")
    if not PDFS.exists():
        pytest.skip("../shared/corpus not found")
    port, path = free_port(), tmp_path / "chroma-server"
    procs = [start_chroma(path, port)]
    yield port, path, procs
    for proc in procs:
        if proc.poll() is None:
            stop(proc)


def test_store_outage_is_503_then_recovers_without_restart(server, tmp_path, real_encoder, monkeypatch):
    """Health says the Chroma server is down (503); questions are still answered, exactly, from the
    index folder's catalog and vector file; when the server is back, health is 200 again."""
    from service import nearest as nearest_module

    monkeypatch.setattr(nearest_module, "EXACT_ALL", 0)  # as on a large index: questions read Chroma's HNSW
    port, path, procs = server
    url = f"http://127.0.0.1:{port}"
    settings = Settings.from_env({}, chroma_url=url, db=tmp_path / "index")
    store = open_store(settings)
    report = index_paths(settings, [PDFS / f"{c}.pdf" for c in CASES], store=store, encoder=real_encoder)
    assert report.indexed == 2 and not report.failed
    with TestClient(create_app(ServiceSettings(index=settings, rate_limit=""),
                               engine=Engine(settings, store, real_encoder))) as client:
        assert client.get("/api/health").json()["letters"] == 2
        assert client.post("/api/search", json={"query": "lumbar MRI"}).status_code == 200

        before = client.post("/api/search", json={"query": "lumbar MRI"}).json()["hits"]
        stop(procs.pop())
        r = client.get("/api/health")
        assert r.status_code == 503, r.text
        assert r.json()["error"].startswith(f"the Chroma store at {url} is not answering"), r.text
        for method, route, body in [("POST", "/api/search", {"query": "lumbar MRI"}),
                                    ("POST", "/api/ask", {"question": "why was the lumbar MRI denied?"}),
                                    ("GET", "/api/stats", None), ("GET", "/api/cases/CM16-0242419", None)]:
            r = client.request(method, route, json=body)
            assert r.status_code == 200, (route, r.status_code, r.text)
        during = client.post("/api/search", json={"query": "lumbar MRI"}).json()["hits"]
        assert [h["chunk_id"] for h in during] == [h["chunk_id"] for h in before]  # exact: the same ranking

        procs.append(start_chroma(path, port))
        assert until(lambda: client.get("/api/health").status_code == 200)
        assert client.get("/api/health").json()["letters"] == 2
        r = client.post("/api/search", json={"query": "lumbar MRI"})
        assert r.status_code == 200 and r.json()["hits"]
        assert client.post("/api/ask", json={"question": "why was the lumbar MRI denied?"}).status_code == 200


def test_indexing_against_a_dead_server_reports_failures_not_crashes(server, tmp_path, fake_encoder):
    port, _path, procs = server
    settings = Settings.from_env({}, chroma_url=f"http://127.0.0.1:{port}", db=tmp_path / "index")
    store = open_store(settings)
    stop(procs.pop())
    from indexer.errors import StoreUnavailableError

    with pytest.raises(StoreUnavailableError, match=f"Chroma (store|server) at http://127.0.0.1:{port}"):
        index_paths(settings, [PDFS / f"{c}.pdf" for c in CASES], store=store, encoder=fake_encoder)
    assert store.letter_count() == 0  # nothing half-written: the catalog commits only after Chroma took the vectors
