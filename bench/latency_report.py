"""Markdown tables and PASS/FAIL lines for bench/query_latency.py's results.

    .venv/bin/python bench/latency_report.py bench/out/query_latency.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# issue 12's targets at 1M chunks on the 2-core machine
TARGETS = {"rss_mb": 2500.0, "search_p95_ms": 100.0, "ask_p95_ms": 150.0, "cold_s": 30.0, "new_letter_s": 5.0}
STORES = {"embedded": "embedded", "server": "chroma run"}


def _cell(c: dict | None) -> str:
    if not c:
        return "| - | - | - | - | - | - |"
    return f"| {c['p50']} | {c['p95']} | {c['p99']} | {c['n']} | {c['errors']} | {c['rps']} |"


def markdown(res: dict) -> str:
    lines = [f"Load average before {fmt_load(res.get('load_before'))}, after {fmt_load(res.get('load_after'))} "
             f"on {res.get('cpus')} CPUs; each cell <= {res['cell_seconds']} s (1 client: 4x) or {res['max_requests']} "
             f"requests; filtered = `{json.dumps(res['filter'])}`.", "",
             "| chunks | letters | items | build s | catalog MB | vectors MB | lexical MB | chroma MB | documents MB |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for size, row in res["sizes"].items():
        ix, disk = row["index"], row["index"].get("disk_mb", {})
        lines.append(f"| {ix['chunks']:,} | {ix['letters']:,} | {ix['items']:,} | {ix['build_s']} | {disk.get('catalog')} | "
                     f"{disk.get('vectors')} | {disk.get('lexical')} | {disk.get('chroma')} | {disk.get('documents')} |")
    lines += ["", "| chunks | store | health s | first answer s | service VmHWM MB | max RssAnon MB | max RssFile MB | "
              "chroma run VmHWM MB | new letter searchable s (median / max) |", "|---:|---|---:|---:|---:|---:|---:|---:|---|"]
    for size, row in res["sizes"].items():
        for store, label in STORES.items():
            m = row.get(store)
            if not m:
                continue
            mem, ch, new = m["service_memory_mb"], m.get("chroma_memory_mb") or {}, m.get("new_letter") or {}
            lines.append(f"| {int(size):,} | {label} | {m['cold']['health_s']} | {m['cold']['first_answer_s']} | "
                         f"{mem.get('max_VmHWM')} | {mem.get('max_RssAnon')} | {mem.get('max_RssFile')} | "
                         f"{ch.get('max_VmHWM', '-')} | {new.get('median_s', '-')} / {new.get('max_s', '-')} |")
    lines += ["", "| chunks | store | endpoint | filter | clients | p50 ms | p95 ms | p99 ms | n | errors | req/s |",
              "|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for size, row in res["sizes"].items():
        for store, label in STORES.items():
            for name, cell in ((row.get(store) or {}).get("cells") or {}).items():
                if name.count("/") == 2:
                    ep, filt, c = name.split("/")
                    lines.append(f"| {int(size):,} | {label} | {ep} | {filt} | {c[1:]} {_cell(cell)}")
    exact = [(size, row["exact"]) for size, row in res["sizes"].items() if row.get("exact")]
    if exact:
        lines += ["", "Exact scoring alone (service.vectors.top over the memory-mapped vector file, top 60):", "",
                  "| chunks | vector file MB | share | rows scored | p50 ms | p95 ms | n |", "|---:|---:|---:|---:|---:|---:|---:|"]
        for size, ex in exact:
            for share in ("0.01", "0.05", "0.25"):
                c = ex[share]
                lines.append(f"| {int(size):,} | {ex['file_mb']} | {float(share):.0%} | {c['rows']:,} | {c['p50']} | "
                             f"{c['p95']} | {c['n']} |")
    comps = [(size, row["components"]) for size, row in res["sizes"].items() if row.get("components")]
    if comps:
        parts = ("encode", "lexical", "lexical_filtered", "hnsw_60", "hnsw_1000")
        lines += ["", "The parts of a question alone, in process (p50 / p95 ms); the warm view's build and the embedded "
                  "Chroma's opening (its HNSW index loaded, and the memory that took):", "",
                  "| chunks | live rows | warm view build ms | Chroma open ms | Chroma open RssAnon MB | "
                  + " | ".join(parts) + " |", "|---:|---:|---:|---:|---:|" + "---|" * len(parts)]
        for size, c in comps:
            lines.append(f"| {int(size):,} | {c['live_rows']:,} | {c['warm_build_ms']} | {c.get('chroma_open_ms')} | "
                         f"{c.get('chroma_open_rss_anon_mb')} | "
                         + " | ".join(f"{c[p]['p50']} / {c[p]['p95']}" for p in parts) + " |")
    lines += ["", *verdicts(res)]
    return "\n".join(lines)


def fmt_load(load) -> str:
    return "/".join(f"{x:.1f}" for x in load) if load else "?"


def verdicts(res: dict) -> list[str]:
    out = []
    for size, row in res["sizes"].items():
        for store, label in STORES.items():
            m = row.get(store)
            if not m or not m.get("cells"):
                continue
            cells = m["cells"]
            out.append(f"Targets at {int(size):,} chunks, {label}:")

            def line(name: str, value: float | None, limit: float, unit: str) -> None:
                if value is None:
                    out.append(f"- n/a {name}")
                else:
                    out.append(f"- {'PASS' if value <= limit else 'FAIL'} {name} <= {limit:g} {unit}: {value} {unit}")

            search = max(cells[f"search/{f}/c1"]["p95"] for f in ("unfiltered", "filtered") if f"search/{f}/c1" in cells)
            ask = max(cells[f"ask/{f}/c1"]["p95"] for f in ("unfiltered", "filtered") if f"ask/{f}/c1" in cells)
            line("service VmHWM", m["service_memory_mb"].get("max_VmHWM"), TARGETS["rss_mb"], "MB")
            line("search p95 (1 client, worse of unfiltered/filtered)", search, TARGETS["search_p95_ms"], "ms")
            line("ask p95 (1 client, worse of unfiltered/filtered)", ask, TARGETS["ask_p95_ms"], "ms")
            line("cold start to the first answer", m["cold"]["first_answer_s"], TARGETS["cold_s"], "s")
            line("new letter searchable after `imr index` ends (max)", (m.get("new_letter") or {}).get("max_s"),
                 TARGETS["new_letter_s"], "s")
    return out


if __name__ == "__main__":
    print(markdown(json.loads(Path(sys.argv[1]).read_text())))
