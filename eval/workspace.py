"""A temporary index of the letters under evaluation, and the systems built over it.

The letters are indexed once (indexer.pipeline.index_paths) into a Chroma store in a temporary
folder; the encoder is loaded once and shared by the system and every baseline. Every letter of
the folder is indexed, whichever split the questions come from: the other half stays retrievable,
as it would be in use, so a wrong hit from it counts against the system.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import msgspec

from eval.baselines import Bm25Baseline, DenseBaseline, PlainRag
from eval.provenance import index_hash
from eval.systems import ImrHttp, ImrLocal, System
from indexer.embed import Encoder, load_encoder
from indexer.errors import ImrError
from indexer.model import Letter
from indexer.pipeline import IndexReport, index_paths
from indexer.settings import Settings
from indexer.store import Store, open_store
from service.engine import Engine

logger = logging.getLogger(__name__)

SYSTEMS: tuple[str, ...] = ("imr", "imr-v1", "bm25", "dense", "plain-rag")
# What each system gets (the report prints it). Update `imr` when the service changes.
FEATURE_NAMES: tuple[str, ...] = (
    "domain chunks (one per item)", "query understanding (spelling, abbreviation, brand/generic tables)",
    "boosts (treatment set, region, patient described: age, sex, injury date, case summary)",
    "filters from the question (case number; an outcome only when selected plainly)",
    "abstains / says not found", "answer with verbatim quotes", "sentence roles and reason codes in the answer",
)
FEATURES: dict[str, tuple[bool, ...]] = {
    "imr": (True, True, True, True, True, True, True),
    "imr-v1": (True, True, True, True, True, True, False),
    "bm25": (True, False, False, False, False, False, False),
    "dense": (True, False, False, False, False, False, False),
    "plain-rag": (False, False, False, False, False, False, False),
}


class Workspace:
    """The letters indexed into `root` (a temporary folder unless given), with one shared encoder."""

    def __init__(self, settings: Settings, letters_dir: Path, *, encoder: Encoder | None = None,
                 root: Path | None = None) -> None:
        self._tmp = None if root else tempfile.TemporaryDirectory(prefix="imr-eval-")
        self.root = Path(root or self._tmp.name)
        self.settings = msgspec.structs.replace(
            settings, db=self.root / "index", docs=self.root / "documents", chroma_url=""
        )
        self.encoder = encoder or load_encoder(settings)
        self.store: Store = open_store(self.settings)
        started = time.perf_counter()
        self.report: IndexReport = index_paths(self.settings, [Path(letters_dir)], store=self.store,
                                               encoder=self.encoder)
        self.index_seconds = time.perf_counter() - started
        if self.report.indexed + self.report.unchanged == 0:
            raise ImrError(f"no letters could be indexed from {letters_dir}: {self.report.summary()}")
        self.engine = Engine(self.settings, self.store, self.encoder)
        self._plain: PlainRag | None = None

    def index_hash(self) -> str:
        """sha256 over the sorted chunk ids and their texts' hashes (eval.provenance.index_hash)."""
        return index_hash(self.store.catalog.query("SELECT chunk_id, text FROM chunks"))

    def letters(self) -> list[Letter]:
        found = (self.store.get_letter(cn) for cn in sorted(self.store.letter_records()))
        return [letter for letter in found if letter is not None]

    def system(self, name: str, url: str | None = None) -> System:
        if name == "imr":
            return ImrHttp(url) if url else ImrLocal(self.engine)
        if name == "imr-v1":
            from eval.imr_v1 import ImrV1

            return ImrV1(self.engine)
        if name == "bm25":
            return Bm25Baseline(self.store)
        if name == "dense":
            return DenseBaseline(self.store, self.encoder)
        if name == "plain-rag":
            if self._plain is None:
                self._plain = PlainRag(self.settings, self.letters(), self.encoder, self.store)
            return self._plain
        raise ImrError(f"unknown system {name!r}; choose from {', '.join(SYSTEMS)}")

    def systems(self, names: Sequence[str], url: str | None = None) -> list[System]:
        return [self.system(name, url) for name in names]

    def close(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
