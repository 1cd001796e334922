"""Shared fixtures: paths to ../shared, a deterministic fake encoder, the real model once per session."""

from __future__ import annotations

import hashlib
import re
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest

from indexer.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REAL = SHARED / "corpus" / "dwc-imr-2016-2017"
REAL_PDFS = REAL / "pdf"
REFERENCE = REAL / "reference.jsonl"
SEED = SHARED / "seeds" / "000_95e1945bc69d4d51.txt"
SAMPLE = REPO / "corpus" / "sample"


def need_shared() -> None:
    if not REFERENCE.exists():
        pytest.skip("../shared/corpus not found: real-letter tests need the shared corpus beside the checkout")


class FakeEncoder:
    """Deterministic hashed bag-of-words vectors: for fast unit tests of other parts only."""

    name = "fake-hash-384"
    dim = 384

    def __init__(self) -> None:
        self.calls = 0
        self.texts = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        self.texts += len(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little")
                out[row, h % self.dim] += 1.0
            norm = np.linalg.norm(out[row])
            out[row] = out[row] / norm if norm else 1.0 / np.sqrt(self.dim)
        return out


@pytest.fixture
def fake_encoder() -> FakeEncoder:
    return FakeEncoder()


@pytest.fixture(scope="session")
def sample_fake_index(tmp_path_factory: pytest.TempPathFactory):
    """corpus/sample indexed once per session with the FakeEncoder: (settings, store, encoder).
    Read-only: tests that write build their own."""
    from indexer.pipeline import index_paths
    from indexer.store import open_store

    root = tmp_path_factory.mktemp("sample-fake")
    settings = Settings.from_env({}, db=root / "chroma", docs=root / "documents")
    store = open_store(settings)
    encoder = FakeEncoder()
    report = index_paths(settings, sorted(SAMPLE.glob("*.txt")), store=store, encoder=encoder)
    assert report.failed == [] and report.indexed == 60
    return settings, store, encoder


@pytest.fixture(scope="session")
def real_encoder():
    from indexer.embed import TorchEncoder

    return TorchEncoder(device="cpu")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_env({}, db=tmp_path / "chroma", docs=tmp_path / "documents")


@pytest.fixture(scope="session")
def real_txt(tmp_path_factory: pytest.TempPathFactory):
    """CASE -> a .txt of the real letter's text, each PDF read once per session."""
    from indexer.pdf import read_letter

    if not REAL_PDFS.is_dir():
        pytest.skip("../shared/corpus not found: real-letter tests need the shared corpus beside the checkout")
    cache = tmp_path_factory.getbasetemp() / "real-letter-txt"
    cache.mkdir(exist_ok=True)

    def get(case: str) -> Path:
        out = cache / f"{case}.txt"
        if not out.exists():
            part = out.with_suffix(".part")
            part.write_text(read_letter(REAL_PDFS / f"{case}.pdf").text, encoding="utf-8")
            part.replace(out)
        return out

    return get


@pytest.fixture
def real_letters(tmp_path: Path, real_txt):
    """`make(cases)`: a fresh folder of .txt copies of those real letters."""

    def make(cases: list[str], name: str = "letters") -> Path:
        folder = tmp_path / name
        folder.mkdir()
        for case in cases:
            (folder / f"{case}.txt").write_bytes(real_txt(case).read_bytes())
        return folder

    return make


@pytest.fixture(scope="session")
def real_index(tmp_path_factory: pytest.TempPathFactory, real_encoder):
    """Build a store over some real letters with the real model: `build(cases, **settings)`
    returns (settings, store)."""
    from indexer.pipeline import index_paths
    from indexer.store import open_store

    def build(cases: list[str], **overrides: object):
        if not REAL_PDFS.is_dir():
            pytest.skip("../shared/corpus not found: these tests index real letters from the shared corpus")
        root = tmp_path_factory.mktemp("real-index")
        settings = Settings.from_env({}, db=root / "chroma", docs=root / "documents", **overrides)
        store = open_store(settings)
        report = index_paths(settings, [REAL_PDFS / f"{c}.pdf" for c in cases], store=store, encoder=real_encoder)
        assert report.indexed == len(cases), report.failed
        return settings, store

    return build


@pytest.fixture(scope="session")
def serve_real(tmp_path_factory: pytest.TempPathFactory, real_encoder):
    """`with serve_real(cases, **service_settings) as (client, engine, service):` the real letters
    (all 74 when `cases` is None) indexed with the real model into a tmp folder and served through
    real HTTP (Litestar's TestClient)."""
    from litestar.testing import TestClient

    from indexer.pipeline import index_paths
    from indexer.store import open_store
    from service.app import create_app
    from service.engine import Engine
    from service.settings import ServiceSettings

    @contextmanager
    def serve(cases: list[str] | None = None, **overrides: object):
        if not REAL_PDFS.is_dir():
            pytest.skip("../shared/corpus not found: these tests index real letters from the shared corpus")
        root = tmp_path_factory.mktemp("served")
        service = ServiceSettings.from_env({}, db=root / "chroma", docs=root / "documents", **overrides)
        store = open_store(service.index)
        paths = sorted(REAL_PDFS.glob("*.pdf")) if cases is None else [REAL_PDFS / f"{c}.pdf" for c in cases]
        report = index_paths(service.index, paths, store=store, encoder=real_encoder)
        assert report.indexed == len(paths) and not report.failed, report.failed
        engine = Engine(service.index, store, real_encoder)
        with TestClient(create_app(service, engine=engine)) as client:
            yield client, engine, service

    return serve


def served_client(*cases: str):
    """A module fixture (assign it to a name in the test module) giving the HTTP client of `cases`,
    real letters served by `serve_real`: `client = served_client("CM16-0246624", "CM17-0005246")`."""

    @pytest.fixture(scope="module")
    def client(serve_real):
        with serve_real(list(cases)) as (http, _engine, _service):
            yield http

    return client


def sample_client(*cases: str):
    """A module fixture giving the HTTP client of the project's sample letters `cases`
    (corpus/sample), indexed with the real model into a temp dir: `client = sample_client("CM16-0162840")`."""

    @pytest.fixture(scope="module")
    def client(tmp_path_factory, real_encoder):
        from litestar.testing import TestClient

        from indexer.pipeline import index_paths
        from indexer.store import open_store
        from service.app import create_app
        from service.engine import Engine
        from service.settings import ServiceSettings

        root = tmp_path_factory.mktemp("sample")
        service = ServiceSettings.from_env({}, db=root / "chroma", docs=root / "documents")
        store = open_store(service.index)
        report = index_paths(service.index, [SAMPLE / f"{c}.txt" for c in cases], store=store, encoder=real_encoder)
        assert report.indexed == len(cases) and not report.failed
        with TestClient(create_app(service, engine=Engine(service.index, store, real_encoder))) as http:
            yield http

    return client


@pytest.fixture(scope="session")
def free_port() -> Callable[[], int]:
    """A function giving a free loopback port."""

    def get() -> int:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return sock.getsockname()[1]

    return get


@pytest.fixture(scope="session")
def server_process():
    """`with server_process(argv, ready, log_path=..., what=...) as proc:` starts a server
    subprocess (output to a file: a pipe can fill and freeze it), waits until `ready()` is true,
    and stops it afterwards, killing it if it will not stop."""

    def is_ready(ready: Callable[[], bool]) -> bool:
        try:
            return bool(ready())
        except Exception:  # noqa: BLE001 - not answering yet
            return False

    @contextmanager
    def run(argv: list[str], ready: Callable[[], bool], *, log_path: Path, what: str, timeout: float = 60,
            env: dict[str, str] | None = None):
        log = open(log_path, "wb")
        proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            deadline = time.monotonic() + timeout
            while not is_ready(ready):
                if proc.poll() is not None:
                    pytest.fail(f"{what} exited with {proc.returncode}: "
                                f"{log_path.read_text(errors='replace')[-2000:]}")
                if time.monotonic() > deadline:
                    pytest.fail(f"{what} was not ready within {timeout:.0f} s; see {log_path}")
                time.sleep(0.2)
            yield proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()

    return run


class LiveServer:
    """An app under uvicorn in a thread, on a free loopback port: `with LiveServer(app) as live:`."""

    def __init__(self, app) -> None:
        import uvicorn

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def api(self, path: str, body: dict | None = None) -> dict:
        """GET (or POST `body` as JSON to) `path`; the decoded JSON answer."""
        import json
        import urllib.request

        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, headers={"content-type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())


@pytest.fixture(scope="session")
def live_server() -> type[LiveServer]:
    """The LiveServer class (conftest is not importable under --import-mode=importlib)."""
    return LiveServer


def ask(client, question: str, **body) -> dict:
    """POST /api/ask through a TestClient; the answer's JSON (a status other than 200 fails the test)."""
    response = client.post("/api/ask", json={"question": question, **body})
    assert response.status_code == 200, response.text
    return response.json()
