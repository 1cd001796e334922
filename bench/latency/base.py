"""The base set: generated letters through the real parser, chunker and encoder, cached under bench/out/cache."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np

from bench.latency.common import CACHE, log

def base_set(n_letters: int, seed: int):
    """(letters, chunks per letter, vectors per letter) for `n_letters` generated letters."""
    import msgspec

    from indexer.model import Chunk, Letter

    folder = CACHE / f"base-{n_letters}-seed{seed}"
    done = folder / "vectors.npy"
    if not done.exists():
        build_base(folder, n_letters, seed)
    letters = msgspec.json.decode((folder / "letters.json").read_bytes(), type=list[Letter])
    chunks = msgspec.json.decode((folder / "chunks.json").read_bytes(), type=list[list[Chunk]])
    vectors = np.load(done)
    per_letter, offset = [], 0
    for cs in chunks:
        per_letter.append(vectors[offset : offset + len(cs)])
        offset += len(cs)
    return letters, chunks, per_letter


def base_encoder(args) -> str:
    """The encoder that embedded the cached base set (recorded since the cache was introduced)."""
    path = CACHE / f"base-{args.base_letters}-seed{args.seed}" / "encoder.txt"
    return path.read_text().strip() if path.exists() else "encoder not recorded"


def build_base(folder: Path, n_letters: int, seed: int) -> None:
    import msgspec

    from corpus.generate import write_corpus
    from indexer.chunk import chunk_letter
    from indexer.embed import load_encoder
    from indexer.pipeline import load_letter
    from indexer.settings import Settings
    from indexer.tokens import wordpieces

    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="imr-bench-corpus-") as tmp:
        paths = write_corpus(Path(tmp), n_letters, seed)
        count = wordpieces()
        letters, chunks = [], []
        for path in paths:
            letter = load_letter(path)
            letter = msgspec.structs.replace(letter, source=f"synthetic/{path.name}")
            letters.append(letter)
            chunks.append(chunk_letter(letter, count))
    texts = [c.text for cs in chunks for c in cs]
    log(f"base set: {len(letters)} letters -> {len(texts)} chunks parsed in {time.perf_counter() - started:.1f}s; embedding")
    encoder = load_encoder(Settings.from_env({}))
    t0 = time.perf_counter()
    vectors = encoder.encode(texts)
    log(f"embedded {len(texts)} chunks in {time.perf_counter() - t0:.1f}s")
    (folder / "encoder.txt").write_text(encoder.name)
    (folder / "letters.json").write_bytes(msgspec.json.encode(letters))
    (folder / "chunks.json").write_bytes(msgspec.json.encode(chunks))
    np.save(folder / "vectors.tmp.npy", vectors.astype(np.float32))
    (folder / "vectors.tmp.npy").replace(folder / "vectors.npy")
