"""What the service holds open: the store, the encoder, the warm index (BM25, metadata, vectors), a letter cache."""

from __future__ import annotations

import ctypes
import functools
import logging
import threading
import time
import weakref
from contextlib import nullcontext
from collections.abc import Iterable
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
PENDING_MIN = 2000  # rows added or removed since the last full build before the next one ...
PENDING_SHARE = 0.1  # ... or this share of the rows built, whichever is larger
# Letters recorded up to this long before the last check are looked at again: the writer may be
# another machine whose clock runs behind (a letter missed that way is still found by its id when
# it is new; only a re-indexed letter would wait for the next full build).
CLOCK_MARGIN_SECONDS = 300.0


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
        self._version: tuple[int, int] = (-1, -1)  # (chunks, letters) in the store when last checked
        self._known: dict[str, str] = {}  # case number -> content hash the warm index holds
        self._since = 0.0  # time.time() when the letters in `_known` were listed
        self._lock = threading.Lock()  # held while the warm index is swapped or built
        self._refreshing = threading.Lock()  # one refresh at a time
        self._watching = False
        self._letters: dict[str, Letter] = {}
        self._embed_cached = functools.lru_cache(maxsize=2048)(self._embed)

    # -- the warm index: built once, then updated with what changed in the store -----------------
    def lexical(self) -> Lexical:
        """The warm index (BM25, metadata, vectors) as of the last check.

        The first call builds it and starts a watcher thread that, every RECHECK_SECONDS, looks
        for letters another process indexed or removed and applies them (`refresh`). A question
        never waits for the store, and a letter is searchable about 2 s after it is recorded."""
        lex = self._lexical
        if lex is None:
            with self._lock:
                if self._lexical is None:
                    self._rebuild()
            return self._lexical
        return lex

    def _watch(self) -> None:
        """Start the watcher (once): a daemon thread holding only a weak reference, so it ends with
        the engine."""
        if self._watching:
            return
        self._watching = True
        ref = weakref.ref(self)

        def loop() -> None:
            while True:
                time.sleep(RECHECK_SECONDS)
                engine = ref()
                if engine is None:
                    return
                engine._refresh_in_background()
                del engine

        threading.Thread(target=loop, name="imr-warm-index", daemon=True).start()

    def refresh(self, cases: Iterable[str] = ()) -> None:
        """Bring the warm index up to date with the store now; `cases` are re-read even when their
        records look unchanged (a letter just uploaded or deleted)."""
        with self._refreshing:
            if self._lexical is None:
                self.lexical()  # the first build is the whole refresh
                return
            started = time.time()
            version = (self.store.count(), self.store.letter_count())
            # Letters recorded since the last check (about 2 ms at 17k letters): this catches a
            # letter re-indexed with new text even when no count moved.
            recent = self.store.letters_since(self._since - CLOCK_MARGIN_SECONDS)
            changed = {cn for cn, digest in recent.items() if self._known.get(cn) != digest}
            cases = set(cases)
            if version == self._version and not changed and not cases:
                self._since = started
                return
            ids = self.store.letter_ids()
            changed = (changed & ids) | {cn for cn in ids if cn not in self._known} | (cases & ids)
            gone = (set(self._known) - ids) | (cases - ids)
            lex = self._lexical
            rows = list(self.store.item_rows(sorted(changed))) if changed else []
            if lex.dead + len(lex.pending) + len(rows) > max(PENDING_MIN, PENDING_SHARE * lex.indexed):
                self._rebuild(serving=True)
                return
            if changed or gone:
                updated = lex.updated(changed | gone, rows)
                with self._lock:
                    self._lexical = updated
                    for cn in changed | gone:
                        self._letters.pop(cn, None)
                logger.info("warm index: %d letters updated, %d removed, %d rows pending, %d dead",
                            len(changed), len(gone), len(updated.pending), updated.dead)
            known = {cn: digest for cn, digest in self._known.items() if cn in ids}
            known.update({cn: recent.get(cn, "") for cn in changed})
            self._known, self._version, self._since = known, version, started

    def _refresh_in_background(self) -> None:
        try:
            self.refresh()
        except Exception as exc:  # noqa: BLE001 - the store may be down; the next check tries again
            logger.warning(
                "warm index: could not read what changed in the store (%s: %s); trying again in %.0f s. "
                "If another process is writing an embedded store, that is not safe with Chroma: stop "
                "`imr serve` while `imr index` runs, upload through POST /api/letters, or use a Chroma "
                "server (IMR_CHROMA_URL).", type(exc).__name__, exc, RECHECK_SECONDS)

    def _rebuild(self, serving: bool = False) -> None:
        """A full build. The first one (caller holds `_lock`) frees nothing and makes questions
        wait; a later one (`serving`) keeps answering from the old index until the new one is
        swapped in. Letters are listed before chunks are read, so a letter committed during the
        build is picked up by the next refresh."""
        version, since = (self.store.count(), self.store.letter_count()), time.time()
        known = {cn: rec.content_hash for cn, rec in self.store.letter_records().items()}
        built = Lexical(self.store.all_chunks(batch=2000, where={"section": "item"}, vectors=True))
        with nullcontext() if not serving else self._lock:
            self._lexical = built
            self._known, self._version, self._since = known, version, since
            self._letters.clear()
        release_freed_memory()
        self._watch()

    def invalidate(self, cases: Iterable[str] = ()) -> None:
        """The store changed under this process (an upload, a deletion): apply it before returning."""
        self.refresh(cases)

    def chunk_count(self) -> int:
        """The store's chunk count as of the last check (at most RECHECK_SECONDS old)."""
        self.lexical()
        return max(self._version[0], 0)

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
