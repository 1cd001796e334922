"""Paths, the fixed choices of the run (noise, filter), a log line, and latency summaries."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "out"
CACHE = OUT / "cache"
VENV_BIN = Path(sys.executable).parent
NOISE = 0.01
FILTER = {"decision": "Upheld", "body_region": "lumbar"}
ITEM_SHARE = 0.532  # item chunks per chunk in these stores (53,209 of 100,000)


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def pct(values: list[float], q: float) -> float:
    return round(float(np.percentile(np.asarray(values), q)), 1) if values else float("nan")


def summary(latencies_ms: list[float], errors: int, seconds: float) -> dict:
    return {"n": len(latencies_ms), "errors": errors, "p50": pct(latencies_ms, 50), "p95": pct(latencies_ms, 95),
            "p99": pct(latencies_ms, 99), "mean": round(float(np.mean(latencies_ms)), 1) if latencies_ms else None,
            "rps": round(len(latencies_ms) / seconds, 1) if seconds else None}
