"""The onnx backends: agreement with torch on real chunks, the cached export, backend choice."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import numpy as np
import pytest

from indexer.embed import resolve_backend, TorchEncoder, load_encoder
from indexer.errors import ImrError
from indexer.onnx_encoder import OnnxEncoder, ensure_model
from indexer.settings import Settings

REAL_PDFS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dwc-imr-2016-2017" / "pdf"
LETTERS = ["CM16-0219557", "CM16-0221706", "CM16-0224814", "CM16-0230548", "CM16-0231706", "CM16-0231745",
           "CM16-0232182", "CM16-0233904"]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("onnx-cache")


@pytest.fixture(scope="module")
def real_chunks() -> list[str]:
    """The first 40 chunk texts of eight real letters."""
    if not REAL_PDFS.is_dir():
        pytest.skip("../shared/corpus not found: real-letter tests need the shared corpus beside the checkout")
    from indexer.chunk import chunk_letter
    from indexer.prepare import load_letter
    from indexer.tokens import wordpieces

    texts = [c.text for case in LETTERS for c in chunk_letter(load_letter(REAL_PDFS / f"{case}.pdf"), wordpieces())]
    assert len(texts) >= 40
    return texts[:40]


@pytest.fixture(scope="module")
def torch_vectors(real_encoder: TorchEncoder, real_chunks: list[str]) -> np.ndarray:
    return real_encoder.encode(real_chunks)


@pytest.mark.parametrize(("quantized", "floor"), [(False, 0.999), (True, 0.99)])
def test_agrees_with_torch_on_real_chunks(cache: Path, real_chunks, torch_vectors, quantized: bool, floor: float) -> None:
    encoder = OnnxEncoder(quantized=quantized, cache=cache)
    vectors = encoder.encode(real_chunks)
    assert vectors.shape == (40, 384)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    cosine = np.sum(vectors * torch_vectors, axis=1)
    assert cosine.mean() >= floor, cosine.mean()


def test_order_is_kept_and_long_text_is_cut_at_256_wordpieces(cache: Path, real_encoder: TorchEncoder) -> None:
    encoder = OnnxEncoder(cache=cache)
    long = " ".join(["lumbar epidural steroid injection at L4-L5 was not medically necessary"] * 60)  # ~700 wordpieces
    texts = ["knee MRI", long, "Physical therapy two times a week for three weeks", "x"]
    together = encoder.encode(texts)
    alone = np.vstack([encoder.encode([t]) for t in texts])
    np.testing.assert_allclose(together, alone, atol=1e-5)
    assert float(together[1] @ real_encoder.encode([long])[0]) > 0.999
    assert float(together[1] @ encoder.encode([long + " and the claimant also asked for acupuncture"])[0]) > 0.9999
    assert encoder.encode([]).shape == (0, 384)


def test_export_is_cached_and_not_redone(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="indexer.onnx_encoder")
    found: list[Path] = []
    # Two loaders at once on an empty cache: one exports, the other waits for it.
    threads = [threading.Thread(target=lambda: found.append(ensure_model(tmp_path, quantized=False))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(found) == 2 and found[0] == found[1]
    assert [r.getMessage().split(" in ")[0] for r in caplog.records if "exported" in r.getMessage()] == [
        "exported model.onnx"
    ]
    model = found[0]
    assert model.parent.parent == tmp_path and model.parent.name.startswith("all-MiniLM-L6-v2-")
    assert sorted(p.name for p in model.parent.iterdir()) == [".lock", "model.onnx"]
    mtime = model.stat().st_mtime_ns
    caplog.clear()
    assert ensure_model(tmp_path, quantized=False) == model
    OnnxEncoder(cache=tmp_path)
    assert model.stat().st_mtime_ns == mtime
    assert not [r for r in caplog.records if "exported" in r.getMessage()]


def test_settings_pick_the_backend(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))

    def make(backend: str) -> object:
        return load_encoder(Settings.from_env({"IMR_EMBED_BACKEND": backend}))

    int8 = make("onnx-int8")
    assert isinstance(int8, OnnxEncoder)
    assert int8.name == "sentence-transformers/all-MiniLM-L6-v2 (onnx int8)"
    assert int8.path.name == "model.int8.onnx" and int8.path.parent.parent == cache / "imr" / "onnx"
    fp32 = make("ONNX")
    assert fp32.name == "sentence-transformers/all-MiniLM-L6-v2 (onnx fp32)"
    assert fp32.path.name == "model.onnx"
    assert Settings.from_env({}).embed_backend == "auto"
    # auto: onnx-int8 on the CPU (no CUDA here), torch where a CUDA device is named
    assert resolve_backend(Settings.from_env({})) == "onnx-int8"
    assert resolve_backend(Settings.from_env({"IMR_DEVICE": "cuda"})) == "torch"
    assert resolve_backend(Settings.from_env({"IMR_EMBED_BACKEND": "Torch"})) == "torch"


def test_unknown_backend_names_the_setting_and_the_choices() -> None:
    with pytest.raises(ImrError) as caught:
        load_encoder(Settings.from_env({"IMR_EMBED_BACKEND": "tensorrt"}))
    assert str(caught.value) == "IMR_EMBED_BACKEND='tensorrt' is not known; use one of: auto, torch, onnx, onnx-int8"


# --- the pipeline's stage overlap (indexer.overlap), which these encoders are measured through ---------


def test_ordered_map_keeps_order_and_hands_back_errors() -> None:
    from indexer.overlap import ordered_map

    items = ["1", "2", "x", *map(str, range(3, 40))]
    for workers in (0, 1):
        futures = ordered_map(int, items, workers=workers, window=3)
        got = [f.exception() or f.result() for f in futures]
        assert got[:2] == [1, 2] and got[3:] == list(range(3, 40))
        assert isinstance(got[2], ValueError) and "invalid literal for int()" in str(got[2])


def test_pooled_and_inline_parsing_index_the_same(tmp_path: Path, fake_encoder, monkeypatch: pytest.MonkeyPatch) -> None:
    from corpus.generate import write_corpus
    from indexer import overlap
    from indexer.pipeline import index_paths
    from indexer.store import open_store

    letters = tmp_path / "letters"
    write_corpus(letters, 40)
    (letters / "zz-not-a-letter.txt").write_text("Minutes of the garden club, March 2016.\n")
    runs = {}
    for mode, min_items in (("pooled", 16), ("inline", 10**9)):
        monkeypatch.setattr(overlap, "POOL_MIN_ITEMS", min_items)
        monkeypatch.setattr(overlap, "spare_cores", lambda: 2)
        settings = Settings.from_env({}, db=tmp_path / mode / "chroma", docs=tmp_path / mode / "documents")
        store = open_store(settings)
        report = index_paths(settings, [letters], store=store, encoder=fake_encoder)
        runs[mode] = (report.summary(), report.letters, [f.reason for f in report.failed],
                      store.chunk_ids())
        assert index_paths(settings, [letters], store=store, encoder=fake_encoder).unchanged == 40
    assert runs["pooled"] == runs["inline"]
    assert runs["pooled"][0].startswith("indexed 40 letters (") and runs["pooled"][0].endswith("unchanged 0, failed 1")
