"""Shared fixtures: paths to ../shared, a deterministic fake encoder, the real model once per session."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pytest

from indexer.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REAL = SHARED / "corpus" / "dwc-imr-2016-2017"
REAL_PDFS = REAL / "pdf"
REFERENCE = REAL / "reference.jsonl"
SEED = SHARED / "seeds" / "000_95e1945bc69d4d51.txt"
SAMPLE = REPO / "corpus" / "sample"


def need_shared() -> None:
    if not REFERENCE.exists():
        pytest.skip("../shared/corpus not found: real-letter tests need the shared corpus beside the checkout")


class FakeEncoder:
    """Deterministic hashed bag-of-words vectors: for fast unit tests of other parts only."""

    name = "fake-hash-384"
    dim = 384

    def __init__(self) -> None:
        self.calls = 0
        self.texts = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        self.texts += len(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little")
                out[row, h % self.dim] += 1.0
            norm = np.linalg.norm(out[row])
            out[row] = out[row] / norm if norm else 1.0 / np.sqrt(self.dim)
        return out


@pytest.fixture
def fake_encoder() -> FakeEncoder:
    return FakeEncoder()


@pytest.fixture(scope="session")
def real_encoder():
    from indexer.embed import TorchEncoder

    return TorchEncoder(device="cpu")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_env({}, db=tmp_path / "chroma", docs=tmp_path / "documents")
