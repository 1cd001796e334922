"""The stand-in encoder of the scale benches: real embeddings, reused.

Indexing 1M chunks through the real model takes hours on 2 cores, so the large bench indexes
are built by the real pipeline (parse, chunk, roles, catalog, vector file, Chroma, lexical
segment) with this encoder in place of the model. Its vectors are real ones: a pool of chunk
texts (every chunk of the real PDF letters under ../shared, plus the chunks of generated letters)
is embedded once by the real encoder (onnx-int8, the service's default) and cached. A text is
given the pool vectors of the three pool texts nearest it by a hashed bag-of-words sketch,
weighted by that closeness, plus N(0, NOISE^2) per dimension, renormalised: a vector in the
model's space, near what the model would give for similar words, and never two alike.
The service under test embeds questions with the real model.
"""

from __future__ import annotations

import hashlib
import re
import time
import zlib
from pathlib import Path

import numpy as np

from bench.latency.common import log

SKETCH = 128
BUCKETS = 1 << 16
NOISE = 0.015
TOP = 3
_WORD = re.compile(r"[a-z0-9]+")


def _table() -> np.ndarray:
    return np.random.default_rng(20240611).standard_normal((BUCKETS, SKETCH)).astype(np.float32)


def sketches(texts: list[str], table: np.ndarray) -> np.ndarray:
    """Unit-length hashed bag-of-words sketches (len(texts) x SKETCH)."""
    from scipy.sparse import csr_matrix

    cols: list[int] = []
    indptr = [0]
    for text in texts:
        cols += [zlib.crc32(w.encode()) & (BUCKETS - 1) for w in _WORD.findall(text.lower())]
        indptr.append(len(cols))
    counts = csr_matrix((np.ones(len(cols), np.float32), np.asarray(cols, np.int64), np.asarray(indptr)),
                        shape=(len(texts), BUCKETS))
    out = np.asarray(counts @ table, dtype=np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norms > 0, norms, 1.0)


class PoolEncoder:
    name = "pool stand-in (real onnx-int8 vectors of pool texts, reused)"
    dim = 384

    def __init__(self, pool: Path) -> None:
        data = np.load(pool)
        self.keys, self.vectors = data["sketches"], data["vectors"]
        self.table = _table()
        self.texts = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        self.texts += len(texts)
        sims = sketches(texts, self.table) @ self.keys.T
        top = np.argpartition(-sims, TOP - 1, axis=1)[:, :TOP]
        weight = np.exp(8.0 * np.take_along_axis(sims, top, axis=1))
        weight /= weight.sum(axis=1, keepdims=True)
        out = np.einsum("nk,nkd->nd", weight, self.vectors[top])
        rng = np.random.default_rng(zlib.crc32(texts[0].encode()) ^ len(texts))
        out += rng.normal(0.0, NOISE, out.shape).astype(np.float32)
        return (out / np.linalg.norm(out, axis=1, keepdims=True)).astype(np.float32)


def build_pool(path: Path, real_pdfs: Path, synthetic: int) -> Path:
    """Embed the pool texts with the real encoder once; returns the cached file."""
    if path.exists():
        return path
    import tempfile

    from corpus.generate import write_corpus
    from indexer.embed import load_encoder
    from indexer.overlap import ordered_map
    from indexer.prepare import find_files, prepare_file
    from indexer.settings import Settings

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="imr-pool-") as tmp:
        files = find_files([real_pdfs])[0] if real_pdfs.is_dir() else []
        files += write_corpus(Path(tmp), synthetic, seed=424242)
        texts = [c.text for f in ordered_map(prepare_file, [(p, str(p), None) for p in files]) for c in f.result()[3]]
    encoder = load_encoder(Settings.from_env({}, embed_backend="onnx-int8"))
    vectors = encoder.encode(texts)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp_path = path.with_suffix(".tmp.npz")
    np.savez(tmp_path, sketches=sketches(texts, _table()), vectors=vectors.astype(np.float32),
             digest=np.frombuffer(hashlib.sha256("\n".join(texts).encode()).digest(), np.uint8))
    tmp_path.replace(path)
    log(f"pool: {len(texts)} chunk texts ({len(files)} letters) embedded by {encoder.name} in "
        f"{time.perf_counter() - started:.0f}s -> {path}")
    return path
