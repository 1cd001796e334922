"""Indexing throughput on CPU: torch vs onnx vs onnx-int8, side by side in one run.

    .venv/bin/python bench/index_throughput.py                  # 300 synthetic letters, 2 cores
    .venv/bin/python bench/index_throughput.py --quality        # + hit@5 over the real-letter questions
    .venv/bin/python bench/index_throughput.py --memory 2000 --backends onnx-int8 --letters 0
                                                                # peak RSS streaming 2,000 letters

Method (printed with the results):
- Synthetic letters (`corpus.generate.write_corpus`, seed 0) in a temp folder; the process is
  pinned to `--cores` CPUs (forked parse workers inherit the pinning).
- Encoder alone: the chunk texts of those letters (parsed and chunked once, first
  `--encode-chunks`), `encoder.encode(texts)` after a warm-up call; chunks/s, and the cosine of
  each vector with torch's for the same text (mean and min).
- End to end: `indexer.pipeline.index_paths` (read, parse, chunk, embed, store) into a fresh
  embedded Chroma store in a temp folder per backend; chunks/s = report.chunks / report.seconds
  (model load excluded: encoders are loaded first and timed on their own). With `--rounds 2`
  the backends alternate (torch, onnx, onnx-int8, torch, ...) and the best round counts, which
  damps the noise of a shared machine.
- `--quality`: each backend indexes the real letters (../shared/corpus) through eval.workspace
  and runs the real-letter questions through `imr` and the `dense` baseline (eval.run.evaluate).
- `--memory N`: streams N letters with the first backend; peak RSS (VmHWM) of this process and
  of the parse workers at 500 letters and at N.

Writes bench/out/index_throughput.json and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus.generate import write_corpus  # noqa: E402
from indexer.chunk import chunk_letter  # noqa: E402
from indexer.embed import load_encoder  # noqa: E402
from indexer.pipeline import index_paths, load_letter  # noqa: E402
from indexer.settings import Settings  # noqa: E402
from indexer.store import open_store  # noqa: E402
from indexer.tokens import wordpieces  # noqa: E402

OUT = REPO / "bench" / "out"
BACKENDS = ("torch", "onnx", "onnx-int8")


def machine() -> dict[str, object]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem_kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")))
    return {"nproc": os.cpu_count(), "cpus_used": len(os.sched_getaffinity(0)), "cpu": cpu,
            "ram_gib": round(mem_kb / 2**20, 1), "python": platform.python_version()}


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def status_kb(pid: int | str, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def children() -> list[int]:
    pids: list[int] = []
    for task in Path("/proc/self/task").iterdir():
        pids += [int(p) for p in (task / "children").read_text().split()]
    return pids


def settings_for(root: Path, backend: str) -> Settings:
    return Settings.from_env({}, db=root / "chroma", docs=root / "documents", embed_backend=backend)


def encoder_alone(encoders: dict, texts: list[str]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    reference = None
    for name, enc in encoders.items():
        enc.encode(texts[:32])
        started = time.perf_counter()
        vectors = enc.encode(texts)
        seconds = time.perf_counter() - started
        if reference is None:
            reference = vectors
        cos = np.sum(vectors * reference, axis=1)
        out[name] = {"chunks_per_s": len(texts) / seconds, "seconds": seconds,
                     "cosine_mean": float(cos.mean()), "cosine_min": float(cos.min())}
        print(f"  encoder alone {name}: {len(texts) / seconds:.1f} chunks/s, cosine vs {next(iter(encoders))} "
              f"mean {cos.mean():.4f} min {cos.min():.4f}", flush=True)
    return out


def end_to_end(encoders: dict, letters: Path, rounds: int) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for round_ in range(1, rounds + 1):
        for name, enc in encoders.items():
            with tempfile.TemporaryDirectory(prefix="imr-bench-") as tmp:
                settings = settings_for(Path(tmp), name)
                store = open_store(settings)
                load_before = load()[0]
                report = index_paths(settings, [letters], store=store, encoder=enc)
                rate = report.chunks / report.seconds
                print(f"  round {round_} {name}: {report.summary()} in {report.seconds:.1f}s = {rate:.1f} chunks/s "
                      f"(load {load_before})", flush=True)
                best = out.get(name)
                runs = [*(best["runs"] if best else []), round(rate, 2)]
                if best is None or rate > best["chunks_per_s"]:
                    best = {"chunks_per_s": rate, "seconds": report.seconds, "letters": report.indexed,
                            "chunks": report.chunks, "failed": len(report.failed)}
                out[name] = {**best, "runs": runs}
    return out


def quality(encoders: dict) -> dict[str, dict[str, object]]:
    from eval.run import REAL, evaluate, load_source
    from eval.workspace import Workspace

    if not (REAL / "reference.jsonl").exists():
        print("  quality: ../shared/corpus not found; skipped", flush=True)
        return {}
    letters_dir, questions = load_source("real")
    out: dict[str, dict[str, object]] = {}
    for name, enc in encoders.items():
        started = time.perf_counter()
        with Workspace(Settings.from_env({}, embed_backend=name), letters_dir, encoder=enc) as ws:
            summaries, _rows = evaluate(ws.systems(["imr", "dense"]), questions, progress=False)
        row: dict[str, object] = {"questions": len(questions), "seconds": time.perf_counter() - started}
        for system, summary in summaries.items():
            for metric in ("hit@1", "hit@5", "mrr@10"):
                row[f"{system} {metric}"] = summary["overall"].get(metric, {}).get("mean")
        out[name] = row
        print(f"  quality {name}: " + ", ".join(f"{k} {v:.3f}" for k, v in row.items() if k.endswith(("@1", "@5", "@10"))
                                                  and v is not None), flush=True)
    return out


def memory(encoder, n: int, root: Path, server: bool = False) -> dict[str, object]:
    """Stream `n` letters into a store, noting RSS as it goes. With `server`, the store is a
    `chroma run` started here, so the indexing process holds no HNSW index of its own."""
    letters = root / "memory-letters"
    write_corpus(letters, n, seed=1)
    settings = settings_for(root / "memory-index", "onnx-int8")
    chroma = None
    if server:
        from bench.latency.procs import start_chroma, stop  # noqa: PLC0415

        chroma, url = start_chroma(root / "memory-server", root)
        settings = Settings.from_env({}, db=root / "unused", docs=root / "documents", chroma_url=url,
                                     embed_backend="onnx-int8")
    marks: dict[str, object] = {}
    step = max(500, n // 20)

    def progress(done: int, total: int, _path: str) -> None:
        if done in (500, total) or (done % step == 0):
            kids = [pid for pid in children() if chroma is None or pid != chroma.pid]  # parse workers only
            marks[str(done)] = {"peak_rss_mib": status_kb("self", "VmHWM") / 1024,
                                "rss_mib": status_kb("self", "VmRSS") / 1024,
                                "worker_rss_mib": sum(status_kb(p, "VmRSS") for p in kids) / 1024,
                                "worker_peak_rss_mib": sum(status_kb(p, "VmHWM") for p in kids) / 1024,
                                "seconds": time.perf_counter() - started}

    def progress_and_server(done: int, total: int, path: str) -> None:
        progress(done, total, path)
        if chroma is not None and str(done) in marks:
            marks[str(done)]["chroma_server_rss_mib"] = status_kb(chroma.pid, "VmRSS") / 1024

    started = time.perf_counter()
    try:
        report = index_paths(settings, [letters], store=open_store(settings), encoder=encoder,
                             progress=progress_and_server)
    finally:
        if chroma is not None:
            stop(chroma)
    print(f"  memory: {report.summary()} in {report.seconds:.0f}s", flush=True)
    for done, mark in marks.items():
        print(f"    after {done} letters: peak RSS {mark['peak_rss_mib']:.0f} MiB (now {mark['rss_mib']:.0f}), "
              f"parse workers {mark['worker_rss_mib']:.0f} MiB", flush=True)
        if "chroma_server_rss_mib" in mark:
            print(f"      chroma server RSS {mark['chroma_server_rss_mib']:.0f} MiB", flush=True)
    plot_memory(marks, n, OUT / ("index_memory_server.png" if server else "index_memory.png"))
    return {"letters": n, "chunks": report.chunks, "seconds": report.seconds, "marks": marks, "server": server}


def plot_memory(marks: dict, n: int, path: Path) -> None:
    """RSS of the indexing process and its parse workers against letters indexed."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    done = sorted(marks, key=int)
    xs = [int(d) for d in done]
    fig, ax = plt.subplots(figsize=(7, 4))
    for key, label in (("peak_rss_mib", "indexing process, peak RSS"), ("rss_mib", "indexing process, RSS"),
                       ("worker_rss_mib", "parse workers, RSS"), ("chroma_server_rss_mib", "chroma run server, RSS")):
        if all(key in marks[d] for d in done):
            ax.plot(xs, [marks[d][key] for d in done], marker="o", label=label)
    ax.set_xlabel("letters indexed")
    ax.set_ylabel("MiB")
    ax.set_ylim(bottom=0)
    ax.set_title(f"Memory while streaming {n:,} letters (onnx-int8)")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def table(result: dict) -> str:
    e2e, alone, qual = result["end_to_end"], result["encoder_alone"], result.get("quality", {})
    base_e2e = e2e.get("torch", {}).get("chunks_per_s")
    base_alone = alone.get("torch", {}).get("chunks_per_s")
    lines = ["| backend | end to end chunks/s | vs torch | encoder alone chunks/s | vs torch | cosine vs torch (mean / min) |"
             + (" imr hit@5 | dense hit@5 |" if qual else ""),
             "|---|---|---|---|---|---|" + ("---|---|" if qual else "")]
    for name in result["backends"]:
        e, a = e2e.get(name, {}), alone.get(name, {})
        line = (f"| {name} | {e.get('chunks_per_s', 0):.1f} | {e.get('chunks_per_s', 0) / base_e2e:.2f}x | "
                f"{a.get('chunks_per_s', 0):.1f} | {a.get('chunks_per_s', 0) / base_alone:.2f}x | "
                f"{a.get('cosine_mean', 0):.4f} / {a.get('cosine_min', 0):.4f} |") if base_e2e and base_alone else f"| {name} |"
        if qual:
            q = qual.get(name, {})
            line += f" {q.get('imr hit@5', float('nan')):.3f} | {q.get('dense hit@5', float('nan')):.3f} |"
        lines.append(line)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--letters", type=int, default=300, help="synthetic letters for the end-to-end runs (0: skip)")
    ap.add_argument("--backends", default=",".join(BACKENDS), help="comma-separated; the first is the reference")
    ap.add_argument("--cores", type=int, default=2, help="pin to this many CPUs (0: all)")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--encode-chunks", type=int, default=512)
    ap.add_argument("--quality", action="store_true", help="hit@5 over the real-letter questions")
    ap.add_argument("--memory", type=int, default=0, help="stream this many letters with the first backend")
    ap.add_argument("--memory-server", action="store_true", help="--memory into a `chroma run` started by the bench")
    ap.add_argument("--out", type=Path, default=OUT / "index_throughput.json")
    args = ap.parse_args(argv)

    if args.cores:
        os.sched_setaffinity(0, sorted(os.sched_getaffinity(0))[: args.cores])
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    result: dict[str, object] = {"machine": machine(), "load_start": load(), "backends": backends,
                                 "args": {k: str(v) for k, v in vars(args).items()}}
    print(f"machine: {result['machine']}; load {result['load_start']}", flush=True)

    encoders, load_seconds = {}, {}
    for name in backends:
        started = time.perf_counter()
        encoders[name] = load_encoder(Settings.from_env({}, embed_backend=name))
        load_seconds[name] = time.perf_counter() - started
        print(f"  loaded {encoders[name].name} in {load_seconds[name]:.1f}s", flush=True)
    result["load_seconds"] = load_seconds

    with tempfile.TemporaryDirectory(prefix="imr-bench-") as tmp:
        root = Path(tmp)
        if args.letters:
            letters = root / "letters"
            write_corpus(letters, args.letters, seed=0)
            count = wordpieces()
            texts = [c.text for p in sorted(letters.glob("*.txt")) for c in chunk_letter(load_letter(p), count)]
            result["chunks_per_letter"] = len(texts) / args.letters
            result["encoder_alone"] = encoder_alone(encoders, texts[: args.encode_chunks])
            result["end_to_end"] = end_to_end(encoders, letters, args.rounds)
        if args.quality:
            result["quality"] = quality(encoders)
        if args.memory:
            result["memory"] = memory(encoders[backends[0]], args.memory, root, server=args.memory_server)
    result["load_end"] = load()
    if args.letters:
        result["table"] = table(result)
        print("\n" + result["table"])
    print(f"\nload average at start {result['load_start']}, at end {result['load_end']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, default=str))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
