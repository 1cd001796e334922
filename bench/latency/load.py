"""The HTTP load: 1 client interleaved with the raw baseline, then 16 concurrent clients per cell."""

from __future__ import annotations

import asyncio
import random
import time

from bench.latency.common import FILTER, log, summary
from bench.latency.raw import Raw

async def run_cell(url: str, path: str, bodies: list[dict], clients: int, seconds: float, max_n: int) -> dict:
    import httpx

    lat: list[float] = []
    errors = 0
    samples: list[str] = []
    cursor = 0
    end = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def worker() -> None:
            nonlocal cursor, errors
            while time.perf_counter() < end and cursor < max_n:
                body = bodies[cursor % len(bodies)]
                cursor += 1
                t0 = time.perf_counter()
                try:
                    r = await client.post(path, json=body)
                    ok = r.status_code == 200
                    why = f"{r.status_code} {r.text[:160]}"
                except httpx.HTTPError as exc:
                    ok, why = False, f"{type(exc).__name__}: {exc}"
                if not ok and len(samples) < 3:
                    samples.append(why)
                if ok:
                    lat.append((time.perf_counter() - t0) * 1e3)
                else:
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        took = time.perf_counter() - started
    out = summary(lat, errors, took)
    if samples:
        out["error_samples"] = samples
    return out


async def run_interleaved(url: str, qs: list[str], raw: Raw | None, seconds: float, max_n: int) -> dict:
    """One client: search/ask x unfiltered/filtered and the raw baseline, round-robin, so that every
    variant sees the same (shared, noisy) machine. Each variant gets its own questions (the engine
    caches query embeddings by text)."""
    import httpx

    variants = [(ep, f) for ep in ("search", "ask") for f in ("unfiltered", "filtered")]
    lat: dict[str, list[float]] = {f"{ep}/{f}/c1": [] for ep, f in variants}
    errors = dict.fromkeys(lat, 0)
    samples: list[str] = []
    width = len(variants) + 2
    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        for i in range(max_n):
            if time.perf_counter() - started > seconds:
                break
            order = list(range(width))
            random.Random(i).shuffle(order)
            for slot in order:
                q = qs[(i * width + slot) % len(qs)]
                if slot >= len(variants):
                    if raw is not None:
                        raw(q, ("unfiltered", "filtered")[slot - len(variants)])
                    continue
                ep, f = variants[slot]
                key = f"{ep}/{f}/c1"
                t0 = time.perf_counter()
                try:
                    r = await client.post(f"/api/{ep}", json=body_for(ep, q, f == "filtered"))
                    ok, why = r.status_code == 200, f"{r.status_code} {r.text[:160]}"
                except httpx.HTTPError as exc:
                    ok, why = False, f"{type(exc).__name__}: {exc}"
                if ok:
                    lat[key].append((time.perf_counter() - t0) * 1e3)
                else:
                    errors[key] += 1
                    if len(samples) < 3:
                        samples.append(why)
    took = time.perf_counter() - started
    out = {k: summary(v, errors[k], took) for k, v in lat.items()}
    if samples:
        out["error_samples"] = samples
    return out


def body_for(endpoint: str, q: str, filtered: bool) -> dict:
    key = "query" if endpoint == "search" else "question"
    body: dict = {key: q}
    if filtered:
        body["filters"] = dict(FILTER)
    return body


def measure_service(url: str, qs: list[str], args, raw: Raw | None, *, endpoints=("search", "ask")) -> dict:
    import httpx

    # Warm: the first query builds the BM25 index over every item chunk.
    t0 = time.perf_counter()
    r = httpx.post(f"{url}/api/search", json={"query": "lumbar MRI denied"}, timeout=900)
    r.raise_for_status()
    warm_first = (time.perf_counter() - t0) * 1e3
    for q in qs[-10:]:
        for ep in ("search", "ask"):
            for filtered in (False, True):
                httpx.post(f"{url}/api/{ep}", json=body_for(ep, q, filtered), timeout=120)
        if raw is not None:
            raw(q, "unfiltered", record=False), raw(q, "filtered", record=False)
    out: dict = {"first_query_ms": round(warm_first, 1)}
    # 1 client: every variant interleaved with the raw baseline (4 variants + 2 raw per round).
    n1 = args.max_requests
    cells = asyncio.run(run_interleaved(url, qs[: n1 * 6], raw, args.cell_seconds * 4, n1))
    for key, cell in cells.items():
        if key.split("/")[0] in endpoints or key == "error_samples":
            out[key] = cell
            log(f"  {key}: {cell}")
    offset = n1 * 6
    for ep in endpoints:
        for filtered in (False, True):
            n = args.max_requests
            bodies = [body_for(ep, q, filtered) for q in qs[offset : offset + n]]
            offset += n
            cell = asyncio.run(run_cell(url, f"/api/{ep}", bodies, 16, args.cell_seconds, n))
            key = f"{ep}/{'filtered' if filtered else 'unfiltered'}/c16"
            out[key] = cell
            log(f"  {key}: {cell}")
    return out
