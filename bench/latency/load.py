"""The HTTP load: 1 client sending every variant round-robin, then N concurrent clients per cell."""

from __future__ import annotations

import asyncio
import random
import time

from bench.latency.common import FILTER, log, summary

VARIANTS = [(ep, f) for ep in ("search", "ask") for f in ("unfiltered", "filtered")]


def body_for(endpoint: str, q: str, filtered: bool) -> dict:
    body: dict = {("query" if endpoint == "search" else "question"): q}
    if filtered:
        body["filters"] = dict(FILTER)
    return body


async def run_cell(url: str, path: str, bodies: list[dict], clients: int, seconds: float, max_n: int) -> dict:
    import httpx

    lat: list[float] = []
    errors = 0
    samples: list[str] = []
    cursor = 0
    end = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as client:

        async def worker() -> None:
            nonlocal cursor, errors
            while time.perf_counter() < end and cursor < max_n:
                body = bodies[cursor % len(bodies)]
                cursor += 1
                t0 = time.perf_counter()
                try:
                    r = await client.post(path, json=body)
                    ok, why = r.status_code == 200, f"{r.status_code} {r.text[:160]}"
                except httpx.HTTPError as exc:
                    ok, why = False, f"{type(exc).__name__}: {exc}"
                if ok:
                    lat.append((time.perf_counter() - t0) * 1e3)
                else:
                    errors += 1
                    if len(samples) < 3:
                        samples.append(why)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        took = time.perf_counter() - started
    out = summary(lat, errors, took)
    if samples:
        out["error_samples"] = samples
    return out


async def run_interleaved(url: str, qs: list[str], seconds: float, max_n: int) -> dict:
    """One client: search/ask x unfiltered/filtered, round-robin in a shuffled order, so every
    variant sees the same (shared, noisy) machine. Every request has its own question (the engine
    caches query embeddings by text)."""
    import httpx

    lat: dict[str, list[float]] = {f"{ep}/{f}/c1": [] for ep, f in VARIANTS}
    errors = dict.fromkeys(lat, 0)
    samples: list[str] = []
    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=url, timeout=120) as client:
        for i in range(max_n):
            if time.perf_counter() - started > seconds:
                break
            order = list(range(len(VARIANTS)))
            random.Random(i).shuffle(order)
            for slot in order:
                ep, f = VARIANTS[slot]
                key = f"{ep}/{f}/c1"
                t0 = time.perf_counter()
                try:
                    r = await client.post(f"/api/{ep}", json=body_for(ep, qs[(i * len(VARIANTS) + slot) % len(qs)],
                                                                      f == "filtered"))
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


def measure_service(url: str, qs: list[str], *, cell_seconds: float, max_requests: int, clients: int,
                    endpoints=("search", "ask")) -> dict:
    import httpx

    for q in qs[-8:]:  # warm-up: every variant twice (page cache, first Chroma query, code paths)
        for ep, f in VARIANTS:
            httpx.post(f"{url}/api/{ep}", json=body_for(ep, q, f == "filtered"), timeout=300)
    out: dict = {}
    n1 = max_requests
    for key, cell in asyncio.run(run_interleaved(url, qs[: n1 * 4], cell_seconds * 4, n1)).items():
        if key.split("/")[0] in endpoints or key == "error_samples":
            out[key] = cell
            log(f"  {key}: {cell}")
    offset = n1 * 4
    if clients > 1:
        for ep in endpoints:
            for filtered in (False, True):
                bodies = [body_for(ep, q, filtered) for q in qs[offset : offset + max_requests]]
                offset += max_requests
                cell = asyncio.run(run_cell(url, f"/api/{ep}", bodies, clients, cell_seconds, max_requests))
                key = f"{ep}/{'filtered' if filtered else 'unfiltered'}/c{clients}"
                out[key] = cell
                log(f"  {key}: {cell}")
    return out
