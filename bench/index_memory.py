"""bench/index_throughput.py --memory N: stream N synthetic letters through `index_paths` and note
the RSS of the indexing process, its parse workers and (with --memory-server) a `chroma run`."""

from __future__ import annotations

import time
from pathlib import Path

from corpus.generate import write_corpus
from indexer.pipeline import index_paths
from indexer.settings import Settings
from indexer.store import open_store

OUT = Path(__file__).resolve().parent / "out"


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


def memory(encoder, n: int, root: Path, server: bool = False) -> dict[str, object]:
    """Stream `n` letters into a store, noting RSS as it goes. With `server`, the store is a
    `chroma run` started here, so the indexing process holds no HNSW index of its own."""
    letters = root / "memory-letters"
    write_corpus(letters, n, seed=1)
    settings = Settings.from_env({}, db=root / "memory-index", docs=root / "documents", embed_backend="onnx-int8")
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


