"""What the service holds open: the index folder (catalog, vectors, segment, Chroma), the encoder,
the warm view of the index (service.warm) and a small letter cache (service.letter_cache).

A watcher thread looks at the catalog's generation every RECHECK_SECONDS (one tiny query) and,
when another process (or this one) committed letters, builds the next `Warm` beside the current
one and swaps it in: a letter is searchable about 2 s after `imr index` commits it, and questions
never wait for a refresh. Every question reads one `Warm` snapshot from start to end. The engine
answers what questions read: the rows a filter keeps, the nearest rows to a vector
(service.nearest), what the catalog says about rows, the index's words, letters.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from indexer.embed import Encoder
from indexer.errors import IndexEmptyError, NotFoundError
from indexer.model import Letter
from indexer.settings import Settings
from indexer.store import Store
from service.filters import item_condition
from service.letter_cache import LetterCache
from service.nearest import Nearest
from service.warm import Warm

logger = logging.getLogger(__name__)

RECHECK_SECONDS = 2.0  # how often to look for letters committed by another process
WORDS_SECONDS = 300.0  # how long the requests' vocabulary (for spelling) is reused

META_SQL = (
    "SELECT c.id, c.chunk_id, l.case_number, COALESCE(i.item_index, 0), c.section, c.window, c.span_start, c.span_end, c.pages, "
    "COALESCE(i.request, ''), COALESCE(i.decision, ''), COALESCE(i.category, ''), COALESCE(l.age, -1), "
    "COALESCE(l.sex, ''), COALESCE(l.date_of_injury, ''), COALESCE(c.item_id, -1), c.letter_id "
    "FROM chunks c JOIN letters l ON l.id = c.letter_id LEFT JOIN items i ON i.id = c.item_id WHERE c.id IN ({})"
)
META_KEYS = ("chunk", "chunk_id", "case_number", "item_index", "section", "window", "span_start", "span_end", "pages", "request",
             "decision", "category", "age", "sex", "date_of_injury", "item_id", "letter_id")


class Engine:
    def __init__(self, settings: Settings, store: Store, encoder: Encoder) -> None:
        self.settings = settings
        self.store = store
        self.encoder = encoder
        self.nearest = Nearest(store)
        self._warm: Warm | None = None
        self._lock = threading.Lock()  # held while the warm view is built or swapped
        self._refreshing = threading.Lock()  # one refresh at a time
        self._watching = False
        self._letters = LetterCache(store.catalog)
        self._embed_cached = functools.lru_cache(maxsize=2048)(self._embed)
        self._words: tuple[float, frozenset[str]] | None = None
        self._sets: tuple[float, frozenset[str]] | None = None

    # -- the warm view ---------------------------------------------------------------------------
    def warm(self) -> Warm:
        """The current snapshot; the first call builds it and starts the watcher."""
        current = self._warm
        if current is not None:
            return current
        with self._lock:
            if self._warm is None:
                self.nearest.mark_seen()
                self._warm = Warm(self.store.catalog, self.store.root)
                self._watch()
            self.nearest.prepare(self._warm)
            return self._warm

    def refresh(self, cases: Iterable[str] = ()) -> None:
        """Bring the warm view up to date with the catalog now (after an upload or a deletion, or
        from the watcher); `cases` are dropped from the letter cache."""
        with self._refreshing:
            current = self.warm()
            changed = self.store.catalog.generation() != current.generation
            if changed:
                updated = current.refreshed(self.store.catalog, self.store.root)
                self.nearest.prepare(updated)  # before the swap: no question waits for it
                with self._lock:
                    self._warm = updated
                logger.info("warm view: generation %d, %d live rows (%d in the delta)", updated.generation,
                            updated.live, len(updated.delta))
                self.nearest.reopen_chroma_if_stale(updated)
            self._letters.forget(cases)

    def _watch(self) -> None:
        """Start the watcher (once): a daemon thread holding only a weak reference to the engine."""
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
                try:
                    engine.refresh()
                except Exception as exc:  # noqa: BLE001 - the next check tries again
                    logger.warning("warm view: could not read the catalog (%s: %s); trying again in %.0f s",
                                   type(exc).__name__, exc, RECHECK_SECONDS)
                del engine

        threading.Thread(target=loop, name="imr-warm-view", daemon=True).start()

    def invalidate(self, cases: Iterable[str] = ()) -> None:
        """The index changed under this process (an upload, a deletion): apply it before returning."""
        self.refresh(cases)

    def chunk_count(self) -> int:
        return self.store.count()

    def require_index(self) -> None:
        if self.warm().live == 0 and self.store.count() == 0:
            raise IndexEmptyError(f"the index is empty: run `imr index corpus/sample` (or your letters) "
                                  f"to fill {self.store.root}")

    # -- filters ---------------------------------------------------------------------------------
    def keep(self, warm: Warm, filters: dict[str, object], *, summaries: bool = False) -> np.ndarray:
        """The live rows of the items the filters keep (with `summaries`, also the case-summary rows
        of those items' letters). Cached per snapshot and filter, before any SQL: without a filter
        every live item row is kept, with no query at all (the catalog's item list is 500k rows
        at 1M chunks)."""
        where, params = item_condition(filters)
        key = f"{where}|{params}|{summaries}"
        cached = warm.cached(key)
        if cached is not None:
            return cached
        if where == "1" and not summaries:
            return warm.remember(key, warm.alive & (warm.item >= 0))
        if summaries:
            rows = self.store.catalog.query(f"SELECT i.id, i.letter_id FROM items i WHERE {where}", params)
            items = np.array([r[0] for r in rows], dtype=np.int64)
            letters = np.array(sorted({r[1] for r in rows}), dtype=np.int64)
        else:
            rows = self.store.catalog.query(f"SELECT i.id FROM items i WHERE {where}", params)
            items, letters = np.array([r[0] for r in rows], dtype=np.int64), None
        return warm.mask(key, items, letters)

    # -- retrieval -------------------------------------------------------------------------------
    def _embed(self, text: str) -> bytes:
        return self.encoder.encode([text])[0].astype(np.float32).tobytes()

    def embed_query(self, text: str) -> np.ndarray:
        return np.frombuffer(self._embed_cached(text), dtype=np.float32)

    def dense(self, warm: Warm, vector: np.ndarray, n: int, keep: np.ndarray) -> list[tuple[int, float]]:
        """The `n` nearest rows `keep` allows: (row position, cosine), best first (service.nearest)."""
        return self.nearest.dense(warm, vector, n, keep)

    def item_rows(self, warm: Warm, case_numbers: list[str], keep: np.ndarray) -> list[int]:
        """Row positions of the item chunks of these letters that `keep` allows."""
        if not case_numbers:
            return []
        marks = ",".join("?" * len(case_numbers))
        ids = [r[0] for r in self.store.catalog.query(
            f"SELECT c.id FROM chunks c JOIN letters l ON l.id = c.letter_id WHERE l.case_number IN ({marks}) "
            "AND c.section = 'item'", case_numbers)]
        return [int(p) for p in warm.positions(np.array(ids, dtype=np.int64)) if p >= 0 and keep[p]]

    def rows_meta(self, warm: Warm, positions: Iterable[int]) -> dict[int, dict]:
        """Row position -> what the service reads about a row (case, item, span, pages, request,
        decision, category, body regions, patient), from the catalog."""
        positions = list(dict.fromkeys(int(p) for p in positions))
        if not positions:
            return {}
        ids = [int(warm.chunk[p]) for p in positions]
        out: dict[int, dict] = {}
        by_chunk = {}
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            for row in self.store.catalog.query(META_SQL.format(",".join("?" * len(part))), part):
                by_chunk[row[0]] = dict(zip(META_KEYS, row))
        items = list({m["item_id"] for m in by_chunk.values() if m["item_id"] >= 0})
        regions: dict[int, list[str]] = {}
        treatments: dict[int, list[str]] = {}
        if items:
            marks = ",".join("?" * len(items))
            for item_id, region in self.store.catalog.query(
                    f"SELECT item_id, region FROM item_regions WHERE item_id IN ({marks}) ORDER BY rowid", items):
                regions.setdefault(item_id, []).append(region)
            for item_id, treatment in self.store.catalog.query(
                    f"SELECT item_id, treatment FROM item_treatments WHERE item_id IN ({marks})", items):
                treatments.setdefault(item_id, []).append(treatment)
        for p, cid in zip(positions, ids):
            meta = by_chunk.get(cid)
            if meta is not None:
                meta["body_regions"] = regions.get(meta["item_id"], [])
                meta["treatments"] = treatments.get(meta["item_id"], [])
                out[p] = meta
        return out

    def known_term(self, term: str) -> bool:
        """Whether any searchable chunk of the index uses the index term `term` (indexer.terms)."""
        warm = self.warm()
        if warm.segment.bm25 is not None and term in warm.segment.vocab:
            return True
        found = warm.segment.term_id(term)
        return found is not None and warm.delta.has_term(found)

    def request_words(self) -> frozenset[str]:
        """The words (5+ letters) of the indexed items' requests, for reading misspelt questions;
        read again at most every WORDS_SECONDS."""
        return self._recent("_words", lambda: frozenset(
            w.lower() for (request,) in self.store.catalog.query("SELECT DISTINCT request FROM items")
            for w in re.findall(r"[A-Za-z]{5,}", request)))

    def request_sets(self) -> frozenset[str]:
        """The treatment set ids of the indexed items (item_treatments), read again at most every WORDS_SECONDS."""
        return self._recent("_sets", lambda: frozenset(
            r[0] for r in self.store.catalog.query("SELECT DISTINCT treatment FROM item_treatments")))

    def _recent(self, slot: str, read: Callable[[], frozenset[str]]) -> frozenset[str]:
        """What `read` gives, kept in `slot` (a (time, value) pair) and read again at most every WORDS_SECONDS."""
        now = time.monotonic()
        cached = getattr(self, slot)
        if cached is not None and now - cached[0] < WORDS_SECONDS:
            return cached[1]
        found = read()
        setattr(self, slot, (now, found))
        return found

    def near_term(self, term: str) -> bool:
        """Whether the index uses `term` or a word a typo away from it ("epideral", "artroscopy")."""
        if self.known_term(term):
            return True
        import difflib

        warm = self.warm()
        pool = warm.segment.near(term)
        pool += [w for w in warm.delta_words() if w[:2] == term[:2]]
        return bool(difflib.get_close_matches(term, pool, n=1, cutoff=0.8))

    # -- letters ---------------------------------------------------------------------------------
    def letter(self, case_number: str) -> Letter:
        letter = self.letters([case_number]).get(case_number)
        if letter is None:
            raise NotFoundError(f"case {case_number} is not in the index")
        return letter

    def letters(self, case_numbers: list[str]) -> dict[str, Letter]:
        """The stored letters among `case_numbers`, through the letter cache (service.letter_cache)."""
        return self._letters.letters(case_numbers)

    def document_path(self, case_number: str) -> Path:
        """The original file as indexed, from the documents folder only."""
        self.letter(case_number)  # 404 for unknown cases
        for suffix in (".pdf", ".txt"):
            path = self.settings.docs / f"{case_number}{suffix}"
            if path.is_file():
                return path
        raise NotFoundError(f"the original file of case {case_number} is not kept in {self.settings.docs}")

    def warm_up(self) -> None:
        """Build the warm view now rather than on the first question."""
        self.warm()
