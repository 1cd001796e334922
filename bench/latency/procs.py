"""The processes under test: `imr serve` and `chroma run` on free loopback ports, and their memory."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench.latency.common import ROOT, VENV_BIN

FIELDS = ("VmRSS", "VmHWM", "RssAnon", "RssFile")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def memory_mb(pid: int) -> dict[str, float]:
    """VmRSS, VmHWM (peak RSS), RssAnon (the process's own memory) and RssFile (mapped files'
    pages it has resident: the catalog, the vector file, the lexical segment, libraries), MB."""
    out: dict[str, float] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key = line.split(":", 1)[0]
            if key in FIELDS:
                out[key] = round(int(line.split()[1]) * 1024 / 1e6, 1)
    except OSError:
        pass
    return out


class Sampler:
    """Samples a process's memory every `every` seconds; `peak()` is the largest of each field seen."""

    def __init__(self, pid: int, every: float = 0.5) -> None:
        self.pid, self.every = pid, every
        self.samples: list[dict[str, float]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            sample = memory_mb(self.pid)
            if sample:
                self.samples.append(sample)

    def stop(self) -> dict[str, float]:
        self._stop.set()
        self._thread.join()
        last = memory_mb(self.pid)
        return {**{f"max_{k}": max((s.get(k, 0.0) for s in self.samples + [last]), default=0.0) for k in FIELDS},
                **{f"end_{k}": v for k, v in last.items()}}


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(20)
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
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f}s")


def start_chroma(path: Path, logs: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    logs.mkdir(parents=True, exist_ok=True)
    log_file = open(logs / f"chroma-{port}.log", "wb")
    proc = subprocess.Popen([str(VENV_BIN / "chroma"), "run", "--path", str(path), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log_file, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_http(f"{url}/api/v2/heartbeat", proc, 300)
    return proc, url


def imr(*args: str) -> list[str]:
    """The `imr` command of this checkout (PYTHONPATH in service_env puts it first)."""
    return [sys.executable, "-c", "from service.cli import cli; cli()", *args]


def service_env(db: Path, chroma_url: str = "", port: int = 0) -> dict[str, str]:
    return {**os.environ, "IMR_DB": str(db), "IMR_DOCS": str(db / "documents"), "IMR_CHROMA_URL": chroma_url,
            "IMR_HOST": "127.0.0.1", "IMR_PORT": str(port), "IMR_LLM_URL": "", "IMR_RATE_LIMIT": "",
            "IMR_EMBED_BACKEND": os.environ.get("IMR_EMBED_BACKEND", "onnx-int8"), "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(ROOT), "ANONYMIZED_TELEMETRY": "False"}


def start_service(db: Path, chroma_url: str, logs: Path) -> tuple[subprocess.Popen, str, float]:
    """`imr serve` on a free port; returns (process, base URL, time.monotonic() at the start).
    It returns as soon as the process runs: the caller times the start itself."""
    port = free_port()
    logs.mkdir(parents=True, exist_ok=True)
    log_file = open(logs / f"serve-{port}.log", "wb")
    started = time.monotonic()
    proc = subprocess.Popen(imr("serve"), env=service_env(db, chroma_url, port), stdout=log_file,
                            stderr=subprocess.STDOUT)
    return proc, f"http://127.0.0.1:{port}", started
