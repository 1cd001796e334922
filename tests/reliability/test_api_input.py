"""Hostile API input over a real index (4 real letters, the real model): 400/404/413, never 500."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path
from urllib.parse import unquote

import anyio
import pytest
from litestar.testing import TestClient

from service.app import create_app
from service.engine import Engine
from service.settings import ServiceSettings

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
PDFS = SHARED / "corpus" / "dwc-imr-2016-2017" / "pdf"
CASES = ["CM16-0242419", "CM17-0005246", "CM16-0230548", "CM17-0013754"]
KEY = "k3y-for-input-tests"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def api(real_index, real_encoder):
    settings, store = real_index(CASES)
    engine = Engine(settings, store, real_encoder)
    app = create_app(ServiceSettings(index=settings, api_key=KEY, rate_limit=""), engine=engine)
    with TestClient(app) as client:
        yield client, engine, app


def raw_get(app, raw: bytes) -> tuple[int, bytes]:
    """GET a raw, un-normalised path straight into the app, decoded as uvicorn decodes it."""
    path = unquote(raw.decode("latin-1").split("?")[0])
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": raw, "root_path": "", "query_string": b"", "headers": [(b"host", b"t")],
             "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 80)}
    out: dict = {"status": 0, "body": b""}

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            out["status"] = message["status"]
        elif message["type"] == "http.response.body":
            out["body"] += message.get("body", b"")

    anyio.run(app, scope, receive, send)
    return out["status"], out["body"]


def test_oversized_bodies_get_413_naming_the_limit(api):
    client, _engine, _app = api
    big = json.dumps({"query": "MRI " + "x" * (1024 * 1024)})
    r = client.post("/api/search", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert r.json() == {"error": "request body too large: the limit is 1 MiB for request bodies", "status": 413}
    upload = b"%PDF-1.4\n" + b"0" * (21 * 1024 * 1024)
    r = client.post("/api/letters", files={"data": ("CM99-0000001.pdf", upload, "application/pdf")},
                    headers={"X-API-Key": KEY})
    assert r.status_code == 413
    assert r.json()["error"] == "request body too large: the limit is 20 MiB for uploads"


@pytest.mark.parametrize("body", [
    b"{nope", b"", b"[]", b"null", b'"MRI"', b'{"query": 5}', b'{"query": ["MRI"]}', b'{"query": "MRI", "k": "five"}',
    b'{"query": "MRI", "k": 0}', b'{"query": "MRI", "k": 1e9}', b'{"query": "MRI", "filters": ["decision"]}',
    b'{"query": "MRI", "filters": {"decision": 1}}', b'{"query": "MRI", "extra": 1}', b'{"query": null}',
    b'\xff\xfe{"query": "MRI"}', b'{"query": "MRI"' + b" " * 5000,
])
def test_invalid_json_and_wrong_types_get_400(api, body):
    client, _engine, _app = api
    r = client.post("/api/search", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400, (body, r.status_code, r.text)
    assert r.json()["status"] == 400 and r.json()["error"]


@pytest.mark.parametrize("path", [
    "/api/cases/..%2F..%2Fetc%2Fpasswd", "/api/cases/..%2F..%2Fetc%2Fpasswd/document",
    "/api/cases/%2e%2e/document", "/api/cases/CM16-0242419%00/document", "/api/cases/%00",
    "/api/cases/CM16-0242419%2F..%2F..%2Fchroma/document", "/api/cases/.%2Fchroma/document",
])
def test_traversal_through_case_numbers_is_404(api, path):
    client, _engine, _app = api
    r = client.get(path)
    assert r.status_code == 404, (path, r.status_code, r.text)
    assert b"root:" not in r.content


@pytest.mark.parametrize("raw", [
    b"/api/cases/CM16-0242419/document/../../x", b"/api/cases/CM16-0242419/document/../../../../etc/passwd",
    b"/../../../../etc/passwd", b"/..%2F..%2F..%2F..%2Fetc%2Fpasswd", b"/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    b"/../app.py", b"/..%2Fapp.py", b"/%2e%2e%2fapp.py", b"/app.js%00.html", b"/static/../../service/app.py",
    b"/....//....//etc/passwd", b"/%252e%252e/%252e%252e/etc/passwd", b"/api/cases/%00",
])
def test_raw_traversal_paths_never_serve_outside_files(api, raw):
    _client, _engine, app = api
    status, body = raw_get(app, raw)
    assert status in (400, 404), (raw, status, body[:200])
    assert b"root:" not in body and b"def create_app" not in body and b"SQLite format" not in body


def test_documents_come_only_from_the_documents_folder(api):
    client, engine, _app = api
    r = client.get("/api/cases/CM16-0242419/document")
    assert r.status_code == 200 and r.content == (engine.settings.docs / "CM16-0242419.pdf").read_bytes()


@pytest.mark.parametrize("name,data", [
    ("notes.txt", b"just some notes"), ("empty.pdf", b""), ("fake.pdf", b"%PDF-1.4 not really a pdf"),
    ("image.png", b"\x89PNG\r\n\x1a\n"), ("../../etc/passwd.txt", b"root:x:0:0"), ("binary.txt", bytes(range(256)) * 64),
    ("CM16-0242419.txt", "IMR ISSUES, DECISIONS AND RATIONALES\nnothing here".encode()),
])
def test_uploads_that_are_not_letters_are_400_and_nothing_is_indexed(api, name, data):
    client, engine, _app = api
    before = (engine.store.count(), engine.store.letter_count())
    r = client.post("/api/letters", files={"data": (name, data, "application/octet-stream")}, headers={"X-API-Key": KEY})
    assert r.status_code == 400, (name, r.status_code, r.text)
    assert (engine.store.count(), engine.store.letter_count()) == before
    assert not any(p.name.startswith("passwd") for p in engine.settings.docs.rglob("*"))


@pytest.mark.parametrize("text", [
    "لماذا تم رفض التصوير بالرنين المغناطيسي؟ MRI", "MRI 🦴💊🩻 lumbar", "lu\u0301mbar M\u0327RI" + "\u0301" * 500,
    "\u202eIRM rabmul\u202c", "\u200b\u200d\ufeff", "MRI \x00 lumbar", "\U0010ffff\ufffd", "ＭＲＩ　ｌｕｍｂａｒ",
])
@pytest.mark.parametrize("route,field", [("/api/search", "query"), ("/api/ask", "question")])
def test_unicode_edge_cases_never_500(api, text, route, field):
    client, _engine, _app = api
    r = client.post(route, json={field: text})
    assert r.status_code in (200, 400), (text, r.status_code, r.text)


@pytest.mark.parametrize("escaped", [r'"\ud800"', r'"MRI \udfff lumbar"', r'"\ud83d"', r'"\udc00\ud800"'])
@pytest.mark.parametrize("route,field", [("/api/search", "query"), ("/api/ask", "question")])
def test_lone_surrogates_escaped_in_json_are_400_or_200(api, escaped, route, field):
    client, _engine, _app = api
    r = client.post(route, content=f'{{"{field}": {escaped}}}'.encode(), headers={"content-type": "application/json"})
    assert r.status_code in (200, 400), (escaped, r.status_code, r.text)


# -- schemathesis over the OpenAPI schema, against a live uvicorn on loopback ----------------------

@pytest.fixture(scope="module")
def live(api):
    import uvicorn

    _client, _engine, app = api
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def test_schemathesis_finds_no_5xx(live, api):
    import schemathesis
    from hypothesis import HealthCheck, Phase, given, settings

    _client, engine, _app = api
    before = engine.store.letter_count()
    schema = schemathesis.openapi.from_url(f"{live}/schema/openapi.json")
    failures: list[str] = []
    ran = {"n": 0}
    for operation in schema.get_all_operations():
        op = operation.ok()

        @given(case=op.as_strategy())
        @settings(max_examples=12, deadline=None, derandomize=True, database=None, phases=[Phase.explicit, Phase.generate],
                  suppress_health_check=list(HealthCheck))
        def check(case) -> None:
            ran["n"] += 1
            response = case.call(base_url=live, headers={"X-API-Key": "wrong"}, timeout=60)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:200]}")

        check()
    print(f"schemathesis: {ran['n']} requests")
    assert ran["n"] >= 40
    assert failures == []
    assert engine.store.letter_count() == before
