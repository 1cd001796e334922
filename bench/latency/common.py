"""Paths, the fixed choices of the run (the filter), a log line, and latency summaries."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "out"
VENV_BIN = Path(sys.executable).parent
FILTER = {"decision": "Upheld", "body_region": "lumbar"}


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def pct(values: list[float], q: float) -> float:
    return round(float(np.percentile(np.asarray(values), q)), 1) if values else float("nan")


def summary(latencies_ms: list[float], errors: int, seconds: float) -> dict:
    return {"n": len(latencies_ms), "errors": errors, "p50": pct(latencies_ms, 50), "p95": pct(latencies_ms, 95),
            "p99": pct(latencies_ms, 99), "mean": round(float(np.mean(latencies_ms)), 1) if latencies_ms else None,
            "rps": round(len(latencies_ms) / seconds, 1) if seconds else None}
