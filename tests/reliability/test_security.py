"""Auth, abuse limits, CORS, security headers and privacy of logs, over a real index and the real model."""

from __future__ import annotations

import hashlib
import logging
import re
from pathlib import Path

import anyio
import pytest
from litestar.testing import TestClient

from indexer.pipeline import index_paths
from indexer.store import open_store
from service import app as app_module
from service.app import CSP, DOCUMENT_CSP, create_app
from service.engine import Engine
from service.settings import ServiceSettings

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
PDFS = SHARED / "corpus" / "dwc-imr-2016-2017" / "pdf"
STATIC = Path(__file__).resolve().parents[2] / "service" / "static"
CASES = ["CM16-0242419", "CM17-0005246", "CM16-0230548", "CM17-0013754"]
KEY = "Sup3r-s3cret-key-4f9a"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def index(real_index, real_encoder):
    settings, store = real_index(CASES)
    return ServiceSettings(index=settings, api_key=KEY), store, real_encoder


def client_for(index, **overrides) -> TestClient:
    import msgspec

    settings, store, encoder = index
    settings = msgspec.structs.replace(settings, **overrides)
    return TestClient(create_app(settings, engine=Engine(settings.index, store, encoder)))


def post_as(app, client_ip: str, path: str, body: bytes) -> tuple[int, dict[str, str]]:
    """POST straight into the app from a given client address (TestClient has one fixed address)."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"",
             "headers": [(b"host", b"t"), (b"content-type", b"application/json"),
                         (b"content-length", str(len(body)).encode())],
             "client": (client_ip, 5000), "server": ("127.0.0.1", 80)}
    out: dict = {}

    async def receive():
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            out["status"] = message["status"]
            out["headers"] = {k.decode().lower(): v.decode() for k, v in message["headers"]}

    anyio.run(app, scope, receive, send)
    return out["status"], out["headers"]


# -- auth -------------------------------------------------------------------------------------------

def test_write_endpoints_need_the_key_compared_in_constant_time(index, monkeypatch):
    calls: list[tuple[bytes, bytes]] = []
    real = app_module.hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(app_module.hmac, "compare_digest", spy)
    with client_for(index) as client:
        for given in ["", "wrong", KEY[:-1], KEY + "x", KEY.upper(), "é".encode() * 8]:
            r = client.delete("/api/cases/CM99-0000000", headers={"X-API-Key": given} if given else {})
            assert r.status_code == 401 and r.json()["error"] == "missing or wrong X-API-Key header"
            r = client.post("/api/letters", files={"data": ("a.txt", b"x", "text/plain")}, headers={"X-API-Key": given})
            assert r.status_code == 401
        assert client.delete("/api/cases/CM99-0000000", headers={"X-API-Key": KEY}).status_code == 404
    assert len(calls) == 13 and calls[-1] == (KEY.encode(), KEY.encode())


def test_keys_never_appear_in_logs(index, caplog):
    caplog.set_level(logging.DEBUG)
    with client_for(index) as client:
        client.delete("/api/cases/CM99-0000000", headers={"X-API-Key": "wrong-" + KEY})
        client.delete("/api/cases/CM99-0000000", headers={"X-API-Key": KEY})
        client.post("/api/letters", files={"data": ("n.txt", b"notes", "text/plain")}, headers={"X-API-Key": KEY})
        client.post("/api/search", json={"query": "MRI"}, headers={"X-API-Key": KEY})
    assert caplog.records
    for record in caplog.records:
        text = record.getMessage() + str(record.args) + str(getattr(record, "exc_text", "") or "")
        assert KEY not in text, record.getMessage()


def call_as(app, client_ip: str, method: str, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict]:
    """A bodiless request straight into the app from a given client address; (status, JSON body)."""
    import json

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method, "scheme": "http",
             "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"",
             "headers": [(b"host", b"t"), *((k.lower().encode(), v.encode()) for k, v in (headers or {}).items())],
             "client": (client_ip, 5000), "server": ("127.0.0.1", 80)}
    out: dict = {"body": b""}

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            out["status"] = message["status"]
        elif message["type"] == "http.response.body":
            out["body"] += message.get("body", b"")

    anyio.run(app, scope, receive, send)
    return out["status"], json.loads(out["body"] or b"{}")


def test_without_a_key_writes_are_accepted_from_loopback_only(index):
    with client_for(index, api_key="") as client:
        for ip in ("10.1.2.3", "192.168.0.9", "::ffff:10.0.0.1", "2001:db8::1"):
            status, body = call_as(client.app, ip, "DELETE", "/api/cases/CM99-0000000")
            assert status == 403 and body["error"] == (
                "uploads and deletions are accepted only from this machine when the server has no API key: set "
                "IMR_API_KEY on the server and send it in the X-API-Key header"), ip
        r = client.post("/api/letters", files={"data": ("a.txt", b"x", "text/plain")})  # TestClient's own address
        assert r.status_code == 403 and "set IMR_API_KEY" in r.json()["error"]
        for ip in ("127.0.0.1", "127.0.0.53", "::1", "::ffff:127.0.0.1"):
            status, body = call_as(client.app, ip, "DELETE", "/api/cases/CM99-0000000")
            assert status == 404 and body["error"] == "case CM99-0000000 is not in the index", ip
    with client_for(index) as client:  # with a key, loopback needs it too
        status, _body = call_as(client.app, "127.0.0.1", "DELETE", "/api/cases/CM99-0000000")
        assert status == 401
        status, _body = call_as(client.app, "10.1.2.3", "DELETE", "/api/cases/CM99-0000000", {"X-API-Key": KEY})
        assert status == 404


# -- rate limits ------------------------------------------------------------------------------------

def test_search_and_ask_are_rate_limited_per_client_with_retry_after(index):
    with client_for(index, rate_limit="3/minute") as client:
        codes = [client.post("/api/search", json={"query": "lumbar MRI"}).status_code for _ in range(3)]
        assert codes == [200, 200, 200]
        r = client.post("/api/ask", json={"question": "why was the lumbar MRI denied?"})
        assert r.status_code == 429
        assert 1 <= int(r.headers["retry-after"]) <= 60
        assert r.json()["error"].startswith("too many requests from your address: the limit is 3/minute")
        assert r.headers["x-content-type-options"] == "nosniff"
        # other endpoints are not limited
        assert client.get("/api/health").status_code == 200
        assert client.get("/api/cases/CM16-0242419").status_code == 200
        # another client has its own allowance
        status, _headers = post_as(client.app, "10.1.2.3", "/api/search", b'{"query": "MRI"}')
        assert status == 200


def test_empty_rate_limit_disables_it_and_a_bad_one_is_refused(index):
    with client_for(index, rate_limit="") as client:
        assert {client.post("/api/search", json={"query": "MRI", "k": 1}).status_code for _ in range(8)} == {200}
    from indexer.errors import ImrError

    with pytest.raises(ImrError, match="IMR_RATE_LIMIT='lots' is not valid"):
        client_for(index, rate_limit="lots")


# -- CORS and headers -------------------------------------------------------------------------------

def test_cors_is_off_unless_origins_are_configured(index):
    with client_for(index) as client:
        r = client.get("/api/health", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in r.headers
        r = client.options("/api/search", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
        assert "access-control-allow-origin" not in r.headers
    with client_for(index, cors_origins="https://ok.example, https://also.example") as client:
        r = client.get("/api/health", headers={"Origin": "https://ok.example"})
        assert r.headers["access-control-allow-origin"] == "https://ok.example"
        r = client.options("/api/search", headers={"Origin": "https://also.example", "Access-Control-Request-Method": "POST"})
        assert r.status_code in (200, 204) and r.headers["access-control-allow-origin"] == "https://also.example"
        r = client.get("/api/health", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in r.headers


def test_security_headers_on_every_response(index):
    with client_for(index) as client:
        responses = {
            "page": client.get("/"), "script": client.get("/app.js"), "style": client.get("/app.css"),
            "health": client.get("/api/health"), "search": client.post("/api/search", json={"query": "MRI"}),
            "400": client.post("/api/search", json={}), "404": client.get("/no/such/thing"),
            "401": client.delete("/api/cases/CM16-0242419"), "schema": client.get("/schema/openapi.json"),
            "document": client.get("/api/cases/CM16-0242419/document"),
        }
    for name, r in responses.items():
        assert r.headers["x-content-type-options"] == "nosniff", name
        assert r.headers["referrer-policy"] == "no-referrer", name
        assert r.headers["x-frame-options"] == "DENY", name
        assert r.headers["content-security-policy"] == (DOCUMENT_CSP if name == "document" else CSP), name
    assert responses["page"].status_code == 200 and responses["document"].status_code == 200
    assert CSP == ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                   "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
    assert "sandbox" not in DOCUMENT_CSP  # Chromium's PDF viewer refuses sandboxed documents
    assert responses["document"].headers["content-type"] == "application/pdf"
    assert responses["document"].headers["content-disposition"].startswith("inline")


def test_the_page_has_nothing_inline_that_the_csp_would_block():
    if not STATIC.is_dir():
        pytest.skip("no service/static")
    for page in STATIC.glob("*.html"):
        html = page.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html, re.I), f"{page.name}: inline <script>"
        assert not re.search(r"<style\b", html, re.I), f"{page.name}: inline <style>"
        assert not re.search(r"\sstyle\s*=", html, re.I), f"{page.name}: style attribute"
        assert not re.search(r"\son[a-z]+\s*=", html, re.I), f"{page.name}: inline event handler"
        assert "javascript:" not in html.lower(), page.name
        assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", html, re.I), f"{page.name}: loads from elsewhere"
    for script in STATIC.glob("*.js"):
        js = script.read_text()
        assert not re.search(r"\beval\(|new Function\(|\.innerHTML\s*=|setAttribute\(\s*[\"']style", js), script.name


# -- privacy of logs --------------------------------------------------------------------------------

def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.;:])\s+", " ".join(text.split())) if len(s.strip()) >= 30]


def test_logs_never_contain_letter_text(tmp_path, real_encoder, caplog):
    if not PDFS.exists():
        pytest.skip("../shared/corpus not found")
    caplog.set_level(logging.DEBUG)
    service = ServiceSettings.from_env({}, db=tmp_path / "chroma", docs=tmp_path / "documents", api_key=KEY)
    settings = service.index
    store = open_store(settings)
    cases = ["CM16-0242419", "CM17-0012614"]
    index_paths(settings, [PDFS / f"{c}.pdf" for c in cases], store=store, encoder=real_encoder)
    engine = Engine(settings, store, real_encoder)
    with TestClient(create_app(service, engine=engine)) as client:
        assert client.post("/api/ask", json={"question": "why was the lumbar MRI denied?"}).status_code == 200
        assert client.post("/api/ask", json={"question": "What was decided in case CM16-0242419?"}).status_code == 200
        assert client.post("/api/search", json={"query": "acupuncture"}).status_code == 200
        assert client.get("/api/cases/CM17-0012614").status_code == 200
        letter = (PDFS / "CM17-0018054.pdf").read_bytes()
        r = client.post("/api/letters", files={"data": ("CM17-0018054.pdf", letter, "application/pdf")},
                        headers={"X-API-Key": KEY})
        assert r.status_code == 201
    secret = []
    for case in cases + ["CM17-0018054"]:
        parsed = engine.letter(case)
        secret += [s for item in parsed.items for s in sentences(item.rationale)] + sentences(parsed.summary)
    assert len(secret) > 20
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "search" in logged and "ask" in logged
    leaked = [s for s in secret if s in logged]
    assert leaked == []


QUESTION = "Why was the lumbar MRI for my patient Jane Roe-Distinctive denied in 2016?"


@pytest.mark.parametrize("mode,expected", [
    ("truncate", repr(QUESTION[:40] + "…")),
    ("hash", "sha256:" + hashlib.sha256(QUESTION.encode()).hexdigest()[:16]),
    ("off", "(withheld)"),
])
def test_questions_are_logged_per_setting(index, caplog, mode, expected):
    caplog.set_level(logging.INFO)
    with client_for(index, log_questions=mode) as client:
        assert client.post("/api/ask", json={"question": QUESTION}).status_code == 200
        assert client.post("/api/search", json={"query": QUESTION}).status_code == 200
    messages = [r.getMessage() for r in caplog.records if r.name == "service.qa"]
    assert any(m == f"ask {expected}" for m in messages), messages
    assert any(m.startswith(f"search {expected}: ") for m in messages), messages
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Distinctive" not in logged
