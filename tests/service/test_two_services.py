"""Several `imr serve` processes over one index answer the same, and all of them pick up a letter
indexed afterwards: two real servers on one index folder (embedded Chroma, each server with its
own client), and two real servers on one folder whose vectors are behind a `chroma run`.

Real processes throughout: `imr index` with the real model (onnx-int8), `imr serve` twice,
questions over HTTP. The index is the bundled sample; the new letter is a generated one with a
case number the sample does not have.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from corpus.generate import generate_letters

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "corpus" / "sample"
NEW_CASE = "CM16-9990001"

pytestmark = pytest.mark.slow

QUESTIONS = [
    ("search", {"query": "Why was the lumbar MRI denied?"}),
    ("search", {"query": "physical therapy for the knee", "filters": {"decision": "Overturned"}}),
    ("search", {"query": "What was decided in case CM13-0274334?"}),
    ("ask", {"question": "Why was the lumbar MRI denied?"}),
    ("ask", {"question": "Why was acupuncture denied?"}),
    ("ask", {"question": "How many requests for physical therapy were upheld?"}),
    ("ask", {"question": "Why was Norco denied?"}),
    ("ask", {"question": "Why was physical therapy denied?", "filters": {"body_region": "lumbar"}}),
]


def imr(*args: str) -> list[str]:
    return [sys.executable, "-c", "from service.cli import cli; cli()", *args]


def environment(db: Path, chroma_url: str = "", port: int = 0) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "IMR_DB": str(db), "IMR_DOCS": str(db / "documents"),
            "IMR_CHROMA_URL": chroma_url, "IMR_EMBED_BACKEND": "onnx-int8", "IMR_LLM_URL": "", "IMR_RATE_LIMIT": "",
            "IMR_HOST": "127.0.0.1", "IMR_PORT": str(port), "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}


def answers(url: str, questions=QUESTIONS) -> list[dict]:
    out = []
    for endpoint, body in questions:
        r = httpx.post(f"{url}/api/{endpoint}", json=body, timeout=120)
        assert r.status_code == 200, r.text
        out.append(r.json())
    return out


def has_case(url: str, case: str) -> bool:
    r = httpx.post(f"{url}/api/search", json={"query": f"What was decided in case {case}?"}, timeout=60)
    return r.status_code == 200 and any(hit["case_number"] == case for hit in r.json()["hits"])


def new_letter(folder: Path) -> Path:
    letter = next(generate_letters(1, seed=99))
    folder.mkdir()
    path = folder / f"{NEW_CASE}.txt"
    path.write_text(letter.text.replace(letter.case_number, NEW_CASE), encoding="utf-8")
    return path


@contextmanager
def chroma_server(store: str, tmp_path: Path, free_port, server_process):
    """A `chroma run` for the "chroma run" case, yielding its URL; nothing ("") for "embedded"."""
    if store == "embedded":
        yield ""
        return
    exe = Path(sys.executable).parent / "chroma"
    exe = str(exe) if exe.exists() else shutil.which("chroma")
    if exe is None:
        pytest.skip("the `chroma` executable was not found (it ships with the chromadb package)")
    url = f"http://127.0.0.1:{(port := free_port())}"
    argv = [exe, "run", "--path", str(tmp_path / "chroma-server"), "--host", "127.0.0.1", "--port", str(port)]
    with server_process(argv, lambda: httpx.get(f"{url}/api/v2/heartbeat", timeout=2).status_code == 200,
                        log_path=tmp_path / "chroma.log", what="chroma run",
                        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"}):
        yield url


@contextmanager
def serve(db: Path, chroma_url: str, tmp_path: Path, free_port, server_process, name: str):
    url = f"http://127.0.0.1:{(port := free_port())}"
    with server_process(imr("serve"), lambda: httpx.get(f"{url}/api/health", timeout=2).status_code == 200,
                        log_path=tmp_path / f"serve-{name}.log", what=f"imr serve ({name})", timeout=120,
                        env=environment(db, chroma_url, port)):
        yield url


def until_both(urls: list[str], case: str, timeout: float) -> float:
    started = time.monotonic()
    pending = list(urls)
    while pending and time.monotonic() - started < timeout:
        pending = [url for url in pending if not has_case(url, case)]
        if pending:
            time.sleep(0.2)
    assert not pending, f"{case} not searchable on {pending} {timeout:.0f}s after `imr index` ended"
    return time.monotonic() - started


def index(db: Path, chroma_url: str, path: Path) -> str:
    done = subprocess.run(imr("index", str(path)), env=environment(db, chroma_url), capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.mark.parametrize("store", ["embedded", "chroma run"])
def test_two_servers_over_one_index_answer_the_same_and_see_a_new_letter(store, tmp_path, free_port, server_process):
    db = tmp_path / "index"
    with chroma_server(store, tmp_path, free_port, server_process) as chroma_url:
        assert "indexed 60 letters" in index(db, chroma_url, SAMPLE)
        with serve(db, chroma_url, tmp_path, free_port, server_process, "a") as first, \
                serve(db, chroma_url, tmp_path, free_port, server_process, "b") as second:
            one, two = answers(first), answers(second)
            assert one == two
            assert all(result["hits"] for result in one)  # every question found something
            assert one[2]["hits"][0]["case_number"] == "CM13-0274334"
            assert not has_case(first, NEW_CASE) and not has_case(second, NEW_CASE)

            assert "indexed 1 letters" in index(db, chroma_url, new_letter(tmp_path / "new"))
            until_both([first, second], NEW_CASE, timeout=20.0)
            asked = [("search", {"query": f"What was decided in case {NEW_CASE}?"}),
                     ("ask", {"question": f"What was decided in case {NEW_CASE}?"})]
            one, two = answers(first, QUESTIONS + asked), answers(second, QUESTIONS + asked)
            assert one == two
            assert one[-2]["hits"][0]["case_number"] == NEW_CASE
