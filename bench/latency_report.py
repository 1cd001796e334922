"""Markdown tables, PASS/FAIL lines and the growth plot for bench/query_latency.py's results."""

from __future__ import annotations

import json
import sys
from pathlib import Path

TARGETS = {"search_p95_ms": 50.0, "filtered_ratio": 1.5, "ask_p95_ms": 100.0, "overhead_ratio": 1.5,
           "rss_mb": 1500.0}


def _cell(c: dict | None) -> str:
    if not c:
        return "| - | - | - | - | - | - |"
    return f"| {c['p50']} | {c['p95']} | {c['p99']} | {c['n']} | {c['errors']} | {c['rps']} |"


def markdown(res: dict) -> str:
    lines = [f"Method: {res['method']}.", "",
             f"Load average before {fmt_load(res.get('load_before'))}, after {fmt_load(res.get('load_after'))} "
             f"on {res.get('cpus')} CPUs; torch threads {res.get('torch_threads', 'default')}; each cell <= {res['cell_seconds']} s or {res['max_requests']} requests; "
             f"filtered = `{json.dumps(res['filter'])}`.", ""]
    lines += ["| chunks | store | endpoint | filter | clients | p50 ms | p95 ms | p99 ms | n | errors | req/s |",
              "|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for size, row in res["sizes"].items():
        for store, key in (("embedded", "service"), ("chroma run", "service_server")):
            for name, cell in (row.get(key) or {}).items():
                if name.count("/") != 2:
                    continue
                ep, filt, c = name.split("/")
                lines.append(f"| {int(size):,} | {store} | {ep} | {filt} | {c[1:]} {_cell(cell)}")
    lines += ["", "Raw baseline (same encoder `encode([q])` + `Store.query` of 60 candidates, in process, no HTTP/BM25;"
              " interleaved round-robin with the 1-client service requests, so both saw the same load):", "",
              "| chunks | store | filter | embed p50 | embed p95 | chroma p50 | chroma p95 | total p50 | total p95 | n |"
              " embed + ids-only query p50 | p95 |",
              "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for size, row in res["sizes"].items():
        for store, key in (("embedded", "raw"), ("chroma run", "raw_server")):
            for filt, r in (row.get(key) or {}).items():
                lines.append(f"| {int(size):,} | {store} | {filt} | {r['embed']['p50']} | {r['embed']['p95']} | "
                             f"{r['chroma']['p50']} | {r['chroma']['p95']} | {r['total']['p50']} | {r['total']['p95']} | "
                             f"{r['total']['n']} | {(r.get('ids_only') or {}).get('p50', '-')} | "
                             f"{(r.get('ids_only') or {}).get('p95', '-')} |")
    lines += ["", "| chunks | build s | store MB | server peak RSS MB (embedded) | first query ms (BM25 build) |"
              " server RSS MB (client-server) | chroma server RSS MB |", "|---:|---:|---:|---:|---:|---:|---:|"]
    for size, row in res["sizes"].items():
        st = row["store"]
        lines.append(f"| {int(size):,} | {st['build_s']} | {st['db_mb']} | {row.get('server_rss_mb', '-')} | "
                     f"{(row.get('service') or {}).get('first_query_ms', '-')} | {row.get('server_rss_mb_client_server', '-')} | "
                     f"{row.get('chroma_rss_mb', '-')} |")
    exact = [(size, row["exact_filtered"]) for size, row in res["sizes"].items() if row.get("exact_filtered")]
    if exact:
        lines += ["", "Exact filtered scoring (service.vectors: top-60 by cosine over the rows a filter keeps,"
                  " float16, in process), by the share of item rows the filter keeps:", "",
                  "| chunks | item rows | vectors MB | share | rows scored | p50 ms | p95 ms | n |",
                  "|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for size, ex in exact:
            for share in ("0.01", "0.05", "0.25"):
                c = ex[share]
                lines.append(f"| {int(size):,} | {ex['item_rows']:,} | {ex['matrix_mb']} | {float(share):.0%} | "
                             f"{c['rows']:,} | {c['p50']} | {c['p95']} | {c['n']} |")
    lines += ["", *verdicts(res)]
    return "\n".join(lines)


def fmt_load(load) -> str:
    return "/".join(f"{x:.1f}" for x in load) if load else "?"


def verdicts(res: dict) -> list[str]:
    sizes = [int(s) for s, row in res["sizes"].items() if row.get("service")]
    if not sizes:
        return ["No service measurement: no targets checked."]
    size = 100_000 if 100_000 in sizes else max(sizes)
    row = res["sizes"][str(size)]
    svc, raw = row["service"], row["raw"]
    out = [f"Targets at {size:,} chunks:"]

    def line(name: str, ok: bool, detail: str) -> None:
        out.append(f"- {'PASS' if ok else 'FAIL'} {name}: {detail}")

    s1 = svc["search/unfiltered/c1"]["p95"]
    line("search p95, 1 client <= 50 ms", s1 <= TARGETS["search_p95_ms"], f"{s1} ms")
    f1 = svc["search/filtered/c1"]["p95"]
    line("filtered search p95 <= 1.5x unfiltered", f1 <= TARGETS["filtered_ratio"] * s1,
         f"{f1} ms vs {s1} ms = {f1 / s1:.2f}x")
    a1 = svc["ask/unfiltered/c1"]["p95"]
    line("extractive ask p95 <= 100 ms (1 client)", a1 <= TARGETS["ask_p95_ms"], f"{a1} ms")
    r95 = raw["unfiltered"]["total"]["p95"]
    line("service search p95 <= 1.5x raw embed+Chroma p95", s1 <= TARGETS["overhead_ratio"] * r95,
         f"{s1} ms vs raw {r95} ms = {s1 / r95:.2f}x")
    if raw["unfiltered"].get("ids_only"):
        i95 = raw["unfiltered"]["ids_only"]["p95"]
        out.append(f"  (against the cheapest raw query, embed + ids and distances only: {s1} ms vs {i95} ms = {s1 / i95:.2f}x)")
    rf95 = raw["filtered"]["total"]["p95"]
    out.append(f"  (filtered: service {f1} ms vs raw {rf95} ms = {f1 / rf95:.2f}x)")
    rss = row.get("server_rss_mb")
    if rss is not None:
        line("server peak RSS <= 1.5 GB", rss <= TARGETS["rss_mb"], f"VmHWM {rss} MB")
    if row.get("service_server"):
        c1 = row["service_server"]["search/unfiltered/c1"]["p95"]
        out.append(f"- (info) client-server search p95, 1 client: {c1} ms (embedded {s1} ms)")
    return out


def plot_growth(res: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = sorted(int(s) for s in res["sizes"])
    fig, ax = plt.subplots(figsize=(11.5, 5.5))
    series = [("service", "search/unfiltered/c1", "search 1 client"), ("service", "search/filtered/c1", "search filtered 1 client"),
              ("service", "ask/unfiltered/c1", "ask 1 client"), ("service", "search/unfiltered/c16", "search 16 clients"),
              ("service_server", "search/unfiltered/c1", "search 1 client, chroma run")]
    for key, cell, label in series:
        xs = [s for s in sizes if (res["sizes"][str(s)].get(key) or {}).get(cell)]
        if not xs:
            continue
        for q, style in (("p50", "--"), ("p95", "-")):
            ax.plot(xs, [res["sizes"][str(s)][key][cell][q] for s in xs], style, marker="o", label=f"{label} {q}")
    for filt in ("unfiltered", "filtered"):
        xs = [s for s in sizes if res["sizes"][str(s)].get("raw")]
        ax.plot(xs, [res["sizes"][str(s)]["raw"][filt]["total"]["p95"] for s in xs], ":", marker="x",
                label=f"raw embed+Chroma {filt} p95")
    xs = [s for s in sizes if (res["sizes"][str(s)].get("raw") or {}).get("unfiltered", {}).get("ids_only")]
    if xs:
        ax.plot(xs, [res["sizes"][str(s)]["raw"]["unfiltered"]["ids_only"]["p95"] for s in xs], ":", marker="+",
                label="raw embed + ids-only query p95 (what the service asks Chroma)")
    for share in ("0.05", "0.25"):
        xs = [s for s in sizes if res["sizes"][str(s)].get("exact_filtered")]
        if xs:
            ax.plot(xs, [res["sizes"][str(s)]["exact_filtered"][share]["p95"] for s in xs], "-.", marker="s",
                    label=f"exact filtered scoring p95, filter keeps {float(share):.0%}")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("chunks in the store")
    ax.set_ylabel("latency ms")
    ax.set_title("IMR query latency vs store size")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


if __name__ == "__main__":  # re-render from a saved JSON: python bench/latency_report.py bench/out/query_latency.json
    data = json.loads(Path(sys.argv[1]).read_text())
    print(markdown(data))
    plot_growth(data, Path(sys.argv[1]).with_name("latency.png"))
