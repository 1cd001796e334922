"""The service's view of the index: the lexical segment memory-mapped, the rows added since it was
built (the delta), and row-aligned columns that tie every searchable chunk to its catalog ids.

Nothing here grows with the index except what the operating system pages in: the segment's BM25
scores and its four columns are memory-mapped from <index>/lexical/<segment>/ (indexer.lexical),
vectors are read from the memory-mapped vector file, and metadata is read from the catalog for the
few rows a question needs. Only the delta (chunks committed after the segment was built, bounded
by the writer's rebuild policy) is tokenised and held here.

A `Warm` never changes once built: `refreshed` returns a new one that shares the segment.
"""

from __future__ import annotations

import json
import logging
import math
import threading
from collections import Counter
from pathlib import Path

import numpy as np

from indexer.catalog import Catalog
from indexer.lexical import ARRAYS, lexical_dir, searchable_rows
from indexer.terms import tokens
from service.delta import Delta
from service.terms import Terms

logger = logging.getLogger(__name__)

# Filter masks kept per snapshot: one bool per row each (690 KB at 1M chunks), so 256 of them,
# as before, could hold 177 MB; a question naming a case makes its own, cheap to make again.
MASKS = 32


class Segment:
    """A saved bm25s index and its row-aligned columns, memory-mapped."""

    def __init__(self, folder: Path | None) -> None:
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)
        self.name = folder.name if folder else ""
        self.columns = {name: (np.load(folder / f"{name}.npy", mmap_mode="r") if folder else np.zeros(0, np.int64))
                        for name in ARRAYS}
        self.size = len(self.columns["chunks"])
        self.bm25 = bm25s.BM25.load(str(folder), mmap=True, show_progress=False, load_vocab=False) \
            if folder and self.size else None
        self.df = np.diff(np.asarray(self.bm25.scores["indptr"])) if self.bm25 else np.zeros(0, np.int64)
        params = json.loads((folder / "params.index.json").read_text()) if self.bm25 else {}
        self.k1, self.b = float(params.get("k1", 1.5)), float(params.get("b", 0.75))
        self.avgdl = self._avgdl(folder) if self.bm25 else 1.0
        self._lock = threading.Lock()  # bm25s keeps per-call state
        # delta rows' terms as ids: the segment's own, then ids for words it never saw (grow-only,
        # added by the thread that builds snapshots; questions only look up)
        self.vocab = Terms(folder / "vocab.index.json" if self.bm25 else None)
        self.new_terms: dict[str, int] = {}

    def term_id(self, term: str, *, add: bool = False) -> int | None:
        found = self.vocab.get(term)
        if found is None:
            found = self.new_terms.get(term)
        if found is None and add:
            found = self.new_terms.setdefault(term, len(self.vocab) + len(self.new_terms))
        return found

    def term_ids(self, terms: list[str]) -> dict[str, int]:
        """term -> id of each of `terms` (distinct), adding ids for new words in the order given."""
        out: dict[str, int] = {}
        for term, found in zip(terms, self.vocab.get_many(terms)):
            if found is None:
                found = self.new_terms.get(term)
            if found is None:
                found = self.new_terms.setdefault(term, len(self.vocab) + len(self.new_terms))
            out[term] = found
        return out

    @staticmethod
    def _avgdl(folder: Path) -> float:
        meta = folder / "avgdl.json"
        return float(json.loads(meta.read_text())) if meta.exists() else 1.0

    def words(self, term_ids: np.ndarray) -> list[str]:
        """The words these term ids stand for (the segment's vocabulary, then words it never saw)."""
        new = {n: term for term, n in list(self.new_terms.items())}
        size = len(self.vocab)
        return [self.vocab.word(n) if n < size else new[n] for n in term_ids.tolist()]

    def near(self, term: str) -> list[str]:
        """The segment's words (letters only, 4+) that start like `term` and are within 2 letters
        of its length: where a misspelling's match is looked for."""
        return [w for w in self.vocab.starting(term[:2])
                if w.isalpha() and len(w) > 3 and abs(len(w) - len(term)) <= 2]

    def search(self, terms: list[str], k: int, weight: np.ndarray | None) -> list[tuple[int, float]]:
        """(segment row, BM25 score) of the `k` best rows `weight` keeps."""
        if self.bm25 is None:
            return []
        known = [n for n in map(self.vocab.get, terms) if n is not None]
        if not known:
            return []
        with self._lock:
            scores = self.bm25.get_scores(known, weight_mask=weight)
        # the k best of the rows that score at all: bm25s's own top-k partitions every row, and
        # numpy's argpartition is slow over many equal (zero) scores: 18 ms a question at 1M
        # chunks with a filter, against 2 ms over the rows that match
        found = np.flatnonzero(scores > 0)
        if len(found) > k:
            found = found[np.argpartition(-scores[found], k - 1)[:k]]
        found = found[np.lexsort((found, -scores[found]))]
        return [(int(d), float(scores[d])) for d in found]


class Warm:
    """Segment rows then delta rows, one position each: `chunk`, `letter`, `item` (-1 for a case
    summary), `vec_row` columns and an `alive` mask (tombstoned rows are dead). The delta rows'
    postings are `delta` (service.delta)."""

    def __init__(self, catalog: Catalog, root: Path, *, segment: Segment | None = None,
                 previous: Warm | None = None) -> None:
        name = catalog.meta("lexical_segment")
        if segment is None or segment.name != name:
            folder = lexical_dir(root) / name if name else None
            segment = Segment(folder if folder and folder.exists() else None)
        self.segment = segment
        self.watermark = int(catalog.meta("lexical_watermark", "0")) if segment.name else 0
        self.generation = catalog.generation()
        reuse = previous is not None and previous.segment is segment
        delta = previous.delta if reuse else Delta()
        delta = delta.extended(segment, searchable_rows(catalog, after=delta.last_chunk(self.watermark)))
        dead = {int(r[0]) for r in catalog.query("SELECT chunk FROM tombstones")}
        self.delta = delta.without(dead)
        seg = segment.columns
        self.chunk, self.letter, self.item, self.vec_row = (
            np.concatenate([seg[name], self.delta.column(n)]) for n, name in enumerate(ARRAYS))
        self.vec_rows = int(self.vec_row.max(initial=-1)) + 1  # the vector-file rows this snapshot reads
        self.alive = np.ones(len(self.chunk), dtype=bool)
        if dead and segment.size:
            self.alive[: segment.size] = ~np.isin(seg["chunks"], np.fromiter(dead, np.int64))
        self.live = int(self.alive.sum())
        self.is_item = self.item >= 0
        self.live_items = int(np.count_nonzero(self.alive & self.is_item))  # the rest are case summaries
        self._delta_words: frozenset[str] | None = None
        self._masks: dict[str, np.ndarray] = {}
        self._mask_lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.chunk)

    def delta_words(self) -> frozenset[str]:
        """The words the delta's rows use (for near matches of a misspelt word), read once."""
        if self._delta_words is None:
            self._delta_words = frozenset(self.segment.words(self.delta.term_ids()))
        return self._delta_words

    def refreshed(self, catalog: Catalog, root: Path) -> Warm:
        return Warm(catalog, root, segment=self.segment, previous=self)

    def positions(self, chunk_ids: np.ndarray) -> np.ndarray:
        """Row position of each catalog chunk id (-1 when not a live searchable row here)."""
        ids = np.asarray(chunk_ids, dtype=np.int64)
        at = np.searchsorted(self.chunk, ids)
        at = np.minimum(at, max(len(self.chunk) - 1, 0))
        ok = (len(self.chunk) > 0) & (self.chunk[at] == ids) if len(self.chunk) else np.zeros(len(ids), bool)
        ok = ok & self.alive[at] if len(self.chunk) else ok
        return np.where(ok, at, -1)

    def cached(self, key: str) -> np.ndarray | None:
        """The mask remembered under `key` for this snapshot, if any."""
        with self._mask_lock:
            return self._masks.get(key)

    def remember(self, key: str, keep: np.ndarray) -> np.ndarray:
        with self._mask_lock:
            if len(self._masks) >= MASKS:
                self._masks.pop(next(iter(self._masks)))  # the oldest
            self._masks[key] = keep
        return keep

    def mask(self, key: str, items: np.ndarray | None, letters: np.ndarray | None) -> np.ndarray:
        """Live rows of the kept items (and the case summaries of the kept letters); cached by `key`."""
        cached = self.cached(key)
        if cached is not None:
            return cached
        keep = self.alive.copy()
        if items is not None:
            table = np.zeros(int(max(self.item.max(initial=0), items.max(initial=0))) + 2, dtype=bool)
            table[items] = True
            keep &= table[np.where(self.item >= 0, self.item, -1)]
            if letters is not None and len(letters):
                ltable = np.zeros(int(max(self.letter.max(initial=0), letters.max(initial=0))) + 2, dtype=bool)
                ltable[letters] = True
                keep |= self.alive & (self.item < 0) & ltable[self.letter]
        return self.remember(key, keep)

    def lexical(self, question: str, k: int, keep: np.ndarray | None) -> list[tuple[int, float]]:
        """(row position, BM25 score) of the `k` best live rows `keep` allows, segment and delta."""
        terms = tokens(question)
        if not terms:
            return []
        size = self.segment.size
        base = self.alive[:size] if keep is None else keep[:size]
        found = self.segment.search(terms, k, base.astype(np.float32)) if size and base.any() else []
        found += self._delta_scores(terms, None if keep is None else keep[size:], k)
        found.sort(key=lambda row: -row[1])
        return found[:k]

    def _delta_scores(self, terms: list[str], keep: np.ndarray | None, k: int) -> list[tuple[int, float]]:
        """BM25 of the delta rows with the segment's statistics and bm25s's formula (Lucene:
        idf = ln(1 + (N - df + 0.5) / (df + 0.5)), tf / (tf + k1 (1 - b + b len / avglen))), summed
        over the question's terms (a repeated term counts again). Vectorised over the delta's
        postings: at 1M chunks a delta at the rebuild threshold (5%, 34.5k rows) took 72-91 ms a
        question row by row."""
        if not len(self.delta):
            return []
        seg = self.segment
        n = max(seg.size, 1)
        ids, weights = [], []
        for term, times in Counter(terms).items():
            tid = seg.term_id(term)
            if tid is None:
                continue  # a word no indexed text has
            vid = seg.vocab.get(term)
            df = int(seg.df[vid]) if vid is not None and vid < len(seg.df) else 0
            ids.append(tid)
            weights.append(times * math.log(1 + (n - df + 0.5) / (df + 0.5)))
        if not ids:
            return []
        size = len(seg.vocab) + len(seg.new_terms) + 1
        asked, weight = np.zeros(size, dtype=bool), np.zeros(size)
        asked[ids], weight[ids] = True, weights
        delta = self.delta
        hit = np.flatnonzero(asked[delta.terms])
        terms_hit = delta.terms[hit]
        score = np.bincount(delta.rows[hit], weights=weight[terms_hit] * delta.tf_part[hit], minlength=len(delta))
        if keep is not None:
            score[~np.asarray(keep, dtype=bool)] = 0.0
        found = np.flatnonzero(score > 0)
        if k < len(found):  # the k best, and any tied with the k-th: the caller's sort keeps row order
            kth = np.partition(score[found], len(found) - k)[len(found) - k]
            found = found[score[found] >= kth]
        return [(seg.size + int(j), float(score[j])) for j in found]
