"""Writes from another machine, over real HTTP: `imr serve --host 0.0.0.0` in one network namespace,
its client in another, joined by a veth pair the test creates (198.18.0.1 and .2, a benchmarking
range that exists only on that pair; nothing outside this machine is ever addressed).

Without IMR_API_KEY, uploads and deletions from the other namespace get 403 and those from the
server's own loopback are accepted; with a key, both need it. Needs `ip netns` (root or
CAP_NET_ADMIN); skipped with a message where it is not permitted."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
PDFS = REPO.parent / "shared" / "corpus" / "dwc-imr-2016-2017" / "pdf"
SERVER_IP, CLIENT_IP = "198.18.0.1", "198.18.0.2"
PORT = 8765
KEY = "netns-test-key-7c1e"
CASE, UPLOAD = "CM16-0242419", "CM17-0018054"

# Runs inside a namespace: the requests given as JSON, answered as [[status, body], ...].
CLIENT = r"""
import json, sys, urllib.error, urllib.request
out = []
for r in json.loads(sys.argv[1]):
    headers, data = dict(r.get("headers", {})), None
    if "upload" in r:
        name = r["upload"].rsplit("/", 1)[-1]
        data = (f'--imrb\r\nContent-Disposition: form-data; name="data"; filename="{name}"\r\n'
                'Content-Type: application/pdf\r\n\r\n').encode() + open(r["upload"], "rb").read() + b"\r\n--imrb--\r\n"
        headers["content-type"] = "multipart/form-data; boundary=imrb"
    elif "json" in r:
        data, headers["content-type"] = json.dumps(r["json"]).encode(), "application/json"
    try:
        with urllib.request.urlopen(urllib.request.Request(r["url"], data=data, method=r["method"], headers=headers),
                                    timeout=60) as resp:
            out.append([resp.status, json.loads(resp.read() or b"{}")])
    except urllib.error.HTTPError as exc:
        out.append([exc.code, json.loads(exc.read() or b"{}")])
    except Exception as exc:
        out.append([0, {"error": repr(exc)}])
print(json.dumps(out))
"""


def sh(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), capture_output=True, text=True)


def _skip_reason() -> str | None:
    if shutil.which("ip") is None:
        return "no `ip` command (iproute2): cannot make network namespaces"
    if not PDFS.is_dir():
        return "../shared/corpus not found: this test serves a real letter"
    probe = f"imr-probe-{os.getpid()}"
    made = sh("ip", "netns", "add", probe)
    if made.returncode:
        return f"`ip netns add` is not permitted here ({made.stderr.strip()}): run as root or with CAP_NET_ADMIN"
    sh("ip", "netns", "del", probe)
    return None


if (_reason := _skip_reason()) is not None:
    pytest.skip(_reason, allow_module_level=True)


@pytest.fixture(scope="module")
def namespaces():
    tag = str(os.getpid() % 100000)
    server, client = f"imr-srv-{tag}", f"imr-cli-{tag}"
    veth_s, veth_c = f"imrs{tag}", f"imrc{tag}"
    steps = [
        ("netns", "add", server), ("netns", "add", client),
        ("link", "add", veth_s, "type", "veth", "peer", "name", veth_c),
        ("link", "set", veth_s, "netns", server), ("link", "set", veth_c, "netns", client),
        ("-n", server, "addr", "add", f"{SERVER_IP}/30", "dev", veth_s),
        ("-n", client, "addr", "add", f"{CLIENT_IP}/30", "dev", veth_c),
        ("-n", server, "link", "set", veth_s, "up"), ("-n", client, "link", "set", veth_c, "up"),
        ("-n", server, "link", "set", "lo", "up"), ("-n", client, "link", "set", "lo", "up"),
    ]
    try:
        for step in steps:
            done = sh("ip", *step)
            if done.returncode:
                pytest.skip(f"`ip {' '.join(step)}` failed: {done.stderr.strip()}")
        yield server, client
    finally:
        for ns in (server, client):  # deleting a namespace deletes its end of the veth pair, and so the pair
            sh("ip", "netns", "del", ns)


def requests_from(ns: str, requests: list[dict]) -> list[list]:
    done = subprocess.run(["ip", "netns", "exec", ns, sys.executable, "-c", CLIENT, json.dumps(requests)],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def serve(server_process, namespaces, index_settings, tmp_path: Path, key: str = ""):
    server, _client = namespaces
    env = {**os.environ, "PYTHONPATH": str(REPO), "IMR_DOCS": str(index_settings.docs), "IMR_CHROMA_URL": "",
           "IMR_API_KEY": key, "IMR_RATE_LIMIT": "auto"}
    argv = ["ip", "netns", "exec", server, sys.executable, "-c", "from service.cli import cli; cli()", "serve",
            "--db", str(index_settings.db), "--host", "0.0.0.0", "--port", str(PORT)]
    log = tmp_path / "serve.log"
    health = [{"method": "GET", "url": f"http://127.0.0.1:{PORT}/api/health"}]
    ready = lambda: requests_from(server, health)[0][0] == 200  # noqa: E731
    return server_process(argv, ready, log_path=log, what="imr serve in a network namespace", env=env, timeout=120), log


def test_without_a_key_only_loopback_may_write(namespaces, server_process, real_index, tmp_path):
    settings, _store = real_index([CASE])
    server, client = namespaces
    remote, local = f"http://{SERVER_IP}:{PORT}", f"http://127.0.0.1:{PORT}"
    letter = str(PDFS / f"{UPLOAD}.pdf")
    running, log = serve(server_process, namespaces, settings, tmp_path)
    with running:
        got = requests_from(client, [
            {"method": "GET", "url": f"{remote}/api/health"},
            {"method": "POST", "url": f"{remote}/api/search", "json": {"query": "lumbar MRI"}},
            {"method": "DELETE", "url": f"{remote}/api/cases/{CASE}"},
            {"method": "POST", "url": f"{remote}/api/letters", "upload": letter},
        ])
        assert [status for status, _body in got] == [200, 200, 403, 403], got
        assert got[2][1]["error"] == got[3][1]["error"] == (
            "uploads and deletions are accepted only from this machine when the server has no API key: set "
            "IMR_API_KEY on the server and send it in the X-API-Key header")
        assert got[0][1]["letters"] == 1
        mine = requests_from(server, [
            {"method": "POST", "url": f"{local}/api/letters", "upload": letter},
            {"method": "DELETE", "url": f"{local}/api/cases/{CASE}"},
        ])
        assert [status for status, _body in mine] == [201, 200], mine
        assert mine[0][1]["case_number"] == UPLOAD
        after = requests_from(client, [{"method": "GET", "url": f"{remote}/api/health"}])
        assert after[0][1]["letters"] == 1  # one uploaded, one deleted, both from loopback
    said = log.read_text().splitlines()
    assert said[:3] == [
        f"serving {settings.db} at http://0.0.0.0:{PORT}",
        "writes (upload, delete): accepted from this machine only (no IMR_API_KEY)",
        "rate limit: 120/minute per client on /api/search and /api/ask",
    ]
    assert said[3] == ("warning: listening beyond loopback (0.0.0.0) without IMR_API_KEY: uploads and deletions from "
                       "other addresses are refused (403); set IMR_API_KEY to allow them with the key")


def test_with_a_key_every_write_needs_it_from_everywhere(namespaces, server_process, real_index, tmp_path):
    settings, _store = real_index([CASE])
    server, client = namespaces
    remote, local = f"http://{SERVER_IP}:{PORT}", f"http://127.0.0.1:{PORT}"
    letter = str(PDFS / f"{UPLOAD}.pdf")
    running, log = serve(server_process, namespaces, settings, tmp_path, key=KEY)
    with running:
        keyed = {"X-API-Key": KEY}
        got = requests_from(client, [
            {"method": "DELETE", "url": f"{remote}/api/cases/{CASE}"},
            {"method": "DELETE", "url": f"{remote}/api/cases/{CASE}", "headers": {"X-API-Key": "wrong"}},
            {"method": "POST", "url": f"{remote}/api/letters", "upload": letter, "headers": keyed},
            {"method": "DELETE", "url": f"{remote}/api/cases/{CASE}", "headers": keyed},
        ])
        assert [status for status, _body in got] == [401, 401, 201, 200], got
        mine = requests_from(server, [{"method": "DELETE", "url": f"{local}/api/cases/{UPLOAD}"}])
        assert mine[0][0] == 401 and mine[0][1]["error"] == "missing or wrong X-API-Key header"
    said = log.read_text().splitlines()
    assert said[1:3] == ["writes (upload, delete): need the X-API-Key header (IMR_API_KEY is set)",
                         "rate limit: 120/minute per client on /api/search and /api/ask"]
    assert not [line for line in said if line.startswith("warning:")]
