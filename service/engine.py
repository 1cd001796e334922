"""What the service holds open: the store, the encoder, the warm lexical index, a letter cache."""

from __future__ import annotations

import ctypes
import functools
import logging
import threading
import time
from pathlib import Path

import numpy as np

from indexer.embed import Encoder
from indexer.errors import IndexEmptyError, NotFoundError
from indexer.model import Letter
from indexer.settings import Settings
from indexer.store import Store
from service.lexical import Lexical

logger = logging.getLogger(__name__)

RECHECK_SECONDS = 2.0  # how often to notice letters indexed by another process


def release_freed_memory() -> None:
    """Hand the heap a build freed back to the OS: glibc keeps it mapped otherwise, and a 100k-chunk
    build frees about 300 MB of pages and metadata it read."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


class Engine:
    def __init__(self, settings: Settings, store: Store, encoder: Encoder) -> None:
        self.settings = settings
        self.store = store
        self.encoder = encoder
        self._lexical: Lexical | None = None
        self._lexical_count = -1
        self._checked = 0.0
        self._lock = threading.Lock()
        self._letters: dict[str, Letter] = {}
        self._embed_cached = functools.lru_cache(maxsize=2048)(self._embed)

    # -- the lexical index, rebuilt only when the store changed ------------------------------------
    def lexical(self) -> Lexical:
        now = time.monotonic()
        if self._lexical is not None and now - self._checked < RECHECK_SECONDS:
            return self._lexical
        with self._lock:
            count = self.store.count()
            self._checked = now
            if self._lexical is None or count != self._lexical_count:
                self._lexical = None  # the old index's memory is free before the new one is read
                self._lexical = Lexical(self.store.all_chunks(batch=2000, where={"section": "item"}, vectors=True))
                release_freed_memory()
                self._lexical_count = count
                self._letters.clear()
        return self._lexical

    def invalidate(self) -> None:
        with self._lock:
            self._lexical_count = -1
            self._checked = 0.0
            self._letters.clear()

    def chunk_count(self) -> int:
        """The store's chunk count as of the last check (at most RECHECK_SECONDS old)."""
        self.lexical()
        return max(self._lexical_count, 0)

    def require_index(self) -> None:
        if self.chunk_count() == 0 and self.store.count() == 0:
            raise IndexEmptyError(
                f"the index is empty: run `imr index corpus/sample` (or your letters) "
                f"to fill {self.store.location}"
            )

    # -- queries ---------------------------------------------------------------------------------
    def _embed(self, text: str) -> bytes:
        return self.encoder.encode([text])[0].astype(np.float32).tobytes()

    def embed_query(self, text: str) -> np.ndarray:
        return np.frombuffer(self._embed_cached(text), dtype=np.float32)

    def letter(self, case_number: str) -> Letter:
        letter = self.letters([case_number]).get(case_number)
        if letter is None:
            raise NotFoundError(f"case {case_number} is not in the index")
        return letter

    def letters(self, case_numbers: list[str]) -> dict[str, Letter]:
        """The committed letters among `case_numbers`, fetching the uncached ones together."""
        missing = [cn for cn in dict.fromkeys(case_numbers) if cn not in self._letters]
        if missing:
            if len(self._letters) + len(missing) > 512:
                self._letters.clear()
            self._letters.update(self.store.get_letters(missing))
        return {cn: self._letters[cn] for cn in case_numbers if cn in self._letters}

    def warm(self) -> None:
        """Build the lexical index now rather than on the first question."""
        if self.store.count():
            self.lexical()

    def document_path(self, case_number: str) -> Path:
        """The original file as indexed, from the documents folder only."""
        self.letter(case_number)  # 404 for unknown cases
        for suffix in (".pdf", ".txt"):
            path = self.settings.docs / f"{case_number}{suffix}"
            if path.is_file():
                return path
        raise NotFoundError(f"the original file of case {case_number} is not kept in {self.settings.docs}")
