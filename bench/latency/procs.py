"""The processes under test: `imr serve` and `chroma run` on free loopback ports, their peak memory."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

from bench.latency.common import ROOT, VENV_BIN

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def vm_hwm_mb(pid: int) -> float | None:
    """Peak RSS of a process in MB (10^6 bytes)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) * 1024 / 1e6, 1)
    except OSError:
        return None
    return None


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def wait_http(url: str, proc: subprocess.Popen, timeout: float) -> None:
    import httpx

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited with {proc.returncode} before answering {url}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f}s")


def start_chroma(path: Path, logs: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    log_file = open(logs / f"chroma-{port}.log", "wb")
    proc = subprocess.Popen([str(VENV_BIN / "chroma"), "run", "--path", str(path), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log_file, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_http(f"{url}/api/v2/heartbeat", proc, 120)
    return proc, url


def start_service(db: Path, docs: Path, chroma_url: str, logs: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "IMR_DB": str(db), "IMR_DOCS": str(docs), "IMR_CHROMA_URL": chroma_url,
           "IMR_HOST": "127.0.0.1", "IMR_PORT": str(port), "IMR_LLM_URL": "", "IMR_RATE_LIMIT": "", "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT),
           "TRANSFORMERS_OFFLINE": "1"}
    log_file = open(logs / f"serve-{port}.log", "wb")
    proc = subprocess.Popen([str(VENV_BIN / "imr"), "serve"], env=env, stdout=log_file, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_http(f"{url}/api/health", proc, 300)
    return proc, url
