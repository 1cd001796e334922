"""The lexical side of retrieval: BM25 (bm25s) over chunk texts, kept warm between queries.

Documents and queries both pass through `expand_terms`, so "L/S" meets "lumbar spine" and
"Flexeril" meets "cyclobenzaprine". Filters are applied inside the ranking with bm25s's
weight mask, the same metadata the dense side filters on in Chroma.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
import math
import re
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable

import numpy as np

from indexer.stopwords import STOPWORDS
from indexer.taxonomy import expand_terms
from service.vectors import Vectors

logger = logging.getLogger(__name__)

_TOKEN = re.compile(r"[a-z0-9]+(?:[/-][a-z0-9]+)*")


def stem(word: str) -> str:
    """A light plural/inflection fold: 'injections' -> 'injection', 'MRIs' -> 'mri'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=200_000)
def _terms(tok: str) -> tuple[str, ...]:
    """The index terms of one lowercased token: itself and, for "l4-5" or "l/s", its parts; stemmed,
    stopwords left out. Cached: letters repeat a small vocabulary."""
    parts = [tok] + (tok.replace("/", "-").split("-") if ("/" in tok or "-" in tok) else [])
    return tuple(stem(p) for p in parts if p and p not in STOPWORDS)


def tokens(text: str) -> list[str]:
    out: list[str] = []
    for tok in _TOKEN.findall(expand_terms(text).lower()):
        out += _terms(tok)
    return out


PROGRESS_EVERY = 50_000  # a build logs a line per this many chunks read (1M chunks take minutes)

# The metadata the service reads from a hit or filters on; the rest stays in the store.
KEPT = frozenset(
    "case_number item_index section window span_start span_end pages request decision category body_regions "
    "guideline_families decision_day age sex date_of_injury".split()
)


def compact(meta: dict, shared: dict) -> dict:
    """`meta` cut to KEPT keys, with one object per distinct string or list value: at 100k chunks
    the store hands back about 50k dicts of 22 keys, each key and value its own object."""
    out = {}
    for key, value in meta.items():
        if key not in KEPT:
            continue
        if isinstance(value, list):
            value = tuple(value)
        if isinstance(value, (str, tuple)):
            value = shared.setdefault(value, value)
        out[sys.intern(key)] = value
    return out


class Lexical:
    """The warm index: BM25 over (id, text, metadata[, vector]) rows, the rows' metadata columns
    for filters, and their vectors (service.vectors), all row-aligned with `ids`.

    Tokens become vocabulary ids as each row is read, so a build holds one small int per token
    rather than one string object per token (at 100k chunks: about 120 MB instead of about 1 GB).

    An instance never changes once built: `updated` returns a new one that shares the BM25 index.
    Rows added since the last full build are `pending`: they are scored with the same BM25
    formula and the full build's statistics (document frequencies, average length), so their
    scores rank with the indexed rows'. Rows of removed or re-indexed cases stay in place, dead.
    """

    def __init__(self, rows: Iterable[tuple]) -> None:
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets its own logger to DEBUG on import

        started = time.perf_counter()
        self.ids: list[str] = []
        self.meta: list[dict] = []
        vocab: dict[str, int] = {}
        self._shared: dict = {}
        corpus: list[list[int]] = []
        vectors: list[np.ndarray] = []
        for row in rows:
            terms = self._append(row, self.ids, self.meta, vectors)
            corpus.append([vocab.setdefault(t, len(vocab)) for t in terms])
            if len(self.ids) % PROGRESS_EVERY == 0:
                logger.info("warm index: %d chunks read (%.0fs)", len(self.ids), time.perf_counter() - started)
        self.position = {cid: i for i, cid in enumerate(self.ids)}
        self._masks: dict[str, np.ndarray] = {}
        self._columns: dict[str, np.ndarray] = {}
        self.vectors = Vectors(np.stack(vectors)) if vectors and len(vectors) == len(self.ids) else None
        del vectors
        self.bm25 = bm25s.BM25()
        self._lock = threading.Lock()
        self.indexed = len(self.ids)  # rows [0, indexed) are in the BM25 index; later rows are pending
        self.pending: list[tuple[dict[str, int], int]] = []  # (term counts, length) per pending row
        self.alive: np.ndarray | None = None  # None: every row is alive
        self.avgdl = float(np.mean([len(doc) for doc in corpus])) if corpus else 1.0
        self.df = np.zeros(0, dtype=np.int64)
        if corpus:
            self.bm25.index((corpus, vocab), show_progress=False)
            self.df = np.diff(self.bm25.scores["indptr"])  # documents per vocabulary id
        logger.info("warm index: %d chunks built in %.2fs", len(self.ids), time.perf_counter() - started)

    def updated(self, replaced: set[str], rows: Iterable[tuple]) -> Lexical:
        """A new index: every row of the cases in `replaced` dead, then `rows` appended (pending)."""
        new = copy.copy(self)
        new.ids, new.meta, new.pending = list(self.ids), list(self.meta), list(self.pending)
        new.position = dict(self.position)
        new._masks, new._columns = {}, {}
        alive = np.ones(len(self.ids), dtype=bool) if self.alive is None else self.alive.copy()
        if replaced:
            alive &= ~np.isin(self._column("case_number"), list(replaced))
        added: list[np.ndarray] = []
        for row in rows:
            new.position[row[0]] = len(new.ids)
            terms = self._append(row, new.ids, new.meta, added)
            new.pending.append((dict(Counter(terms)), len(terms)))
        for cid in [cid for cid, pos in new.position.items() if pos < len(alive) and not alive[pos]]:
            del new.position[cid]  # a dead row's id leads nowhere (a re-added case's id leads to its new row)
        new.alive = np.concatenate([alive, np.ones(len(new.ids) - len(alive), dtype=bool)])
        if self.vectors is not None and len(added) == len(new.ids) - len(self.ids):
            new.vectors = Vectors(np.concatenate([self.vectors.matrix] + [a[None, :] for a in added]))
        else:
            new.vectors = None
        return new

    def _append(self, row: tuple, ids: list[str], meta: list[dict], vectors: list[np.ndarray]) -> list[str]:
        """Add one (id, text, metadata[, vector]) row to these columns; its index terms."""
        ids.append(row[0])
        meta.append(compact(row[2], self._shared))
        if len(row) > 3 and row[3] is not None:
            vectors.append(np.asarray(row[3], dtype=np.float16))
        return tokens(row[1]) or ["_empty_"]

    @property
    def dead(self) -> int:
        return 0 if self.alive is None else int(len(self.alive) - self.alive.sum())

    def __len__(self) -> int:
        return len(self.ids)

    def mask(self, where: dict | None) -> np.ndarray | None:
        """1.0 for the live rows `where` keeps (None: every row); cached per filter, since an
        index never changes once built."""
        if not where or where == {"section": "item"}:  # this index holds item chunks only
            if self.alive is None or self.dead == 0:
                return None
            where = {}
        key = json.dumps(where, sort_keys=True)
        cached = self._masks.get(key)
        if cached is None:
            if len(self._masks) >= 256:
                self._masks.clear()
            keep = self._mask(where) if where else np.ones(len(self.ids), dtype=bool)
            if self.alive is not None:
                keep &= self.alive
            cached = keep.astype(np.float32)
            self._masks[key] = cached
        return cached

    def _column(self, key: str) -> np.ndarray:
        col = self._columns.get(key)
        if col is None:
            col = np.empty(len(self.meta), dtype=object)
            col[:] = [m.get(key) for m in self.meta]
            self._columns[key] = col
        return col

    def _mask(self, where: dict) -> np.ndarray:
        """Vectorised over metadata columns for the clauses the service builds; any other
        clause falls back to `matches` row by row."""
        out = np.ones(len(self.meta), dtype=bool)
        for key, cond in where.items():
            if key == "$and":
                for clause in cond:
                    out &= self._mask(clause)
                continue
            if key == "$or" or not (isinstance(cond, dict) or isinstance(cond, (str, int, float, bool))):
                return np.fromiter((matches(m, where) for m in self.meta), dtype=bool, count=len(self.meta))
            ops = cond if isinstance(cond, dict) else {"$eq": cond}
            for op, arg in ops.items():
                if op == "$contains":
                    out &= np.fromiter((arg in (m.get(key) or ()) for m in self.meta), dtype=bool, count=len(self.meta))
                    continue
                col = self._column(key)
                if op == "$eq":
                    out &= col == arg
                elif op == "$ne":
                    out &= col != arg
                elif op == "$in":
                    out &= np.isin(col, list(arg))
                elif op in ("$gte", "$lte", "$gt", "$lt"):
                    numeric = np.array([v if isinstance(v, (int, float)) else np.nan for v in col], dtype=float)
                    with np.errstate(invalid="ignore"):
                        out &= {"$gte": numeric >= arg, "$lte": numeric <= arg, "$gt": numeric > arg,
                                "$lt": numeric < arg}[op]
                else:
                    return np.fromiter((matches(m, where) for m in self.meta), dtype=bool, count=len(self.meta))
        return out

    def search(self, query: str, k: int, where: dict | None = None) -> list[tuple[str, float]]:
        """The `k` best (id, BM25 score) among the live rows `where` keeps, indexed and pending."""
        if not self.ids:
            return []
        terms = tokens(query)
        weight = self.mask(where)
        if not terms or (weight is not None and not weight.any()):
            return []
        found: list[tuple[int, float]] = []
        known = [t for t in terms if t in self.bm25.vocab_dict] if self.indexed else []
        if known:
            base = None if weight is None else weight[: self.indexed]
            with self._lock:
                docs, scores = self.bm25.retrieve([known], k=min(k, self.indexed), show_progress=False,
                                                  weight_mask=base, n_threads=0)
            found = [(int(d), float(s)) for d, s in zip(docs[0], scores[0]) if s > 0]
        if self.pending:
            found += self._pending_scores(terms, weight)
            found.sort(key=lambda row: -row[1])
        return [(self.ids[row], score) for row, score in found[:k]]

    def _pending_scores(self, terms: list[str], weight: np.ndarray | None) -> list[tuple[int, float]]:
        """BM25 of the pending rows, with this index's statistics and bm25s's formula (Lucene:
        idf = ln(1 + (N - df + 0.5) / (df + 0.5)), tf / (tf + k1 (1 - b + b len / avglen)))."""
        n, k1, b = self.indexed, self.bm25.k1, self.bm25.b
        idf = {}
        for term in set(terms):
            vid = self.bm25.vocab_dict.get(term) if self.indexed else None
            df = int(self.df[vid]) if vid is not None and vid < len(self.df) else 0
            idf[term] = math.log(1 + (n - df + 0.5) / (df + 0.5))
        out = []
        for j, (counts, length) in enumerate(self.pending):
            row = self.indexed + j
            if weight is not None and not weight[row]:
                continue
            norm = k1 * (1 - b + b * length / self.avgdl)
            score = sum(idf[t] * counts[t] / (counts[t] + norm) for t in terms if t in counts)
            if score > 0:
                out.append((row, score))
        return out


def matches(meta: dict, where: dict) -> bool:
    """Evaluate the subset of Chroma's `where` language the service uses, on one metadata dict."""
    for key, cond in where.items():
        if key == "$and":
            if not all(matches(meta, c) for c in cond):
                return False
            continue
        if key == "$or":
            if not any(matches(meta, c) for c in cond):
                return False
            continue
        value = meta.get(key)
        if not isinstance(cond, dict):
            cond = {"$eq": cond}
        for op, arg in cond.items():
            if op == "$eq" and value != arg:
                return False
            if op == "$ne" and value == arg:
                return False
            if op == "$in" and value not in arg:
                return False
            if op == "$contains" and not (isinstance(value, (list, tuple)) and arg in value):
                return False
            if op in ("$gte", "$lte", "$gt", "$lt"):
                if not isinstance(value, (int, float)):
                    return False
                if (op == "$gte" and value < arg) or (op == "$lte" and value > arg):
                    return False
                if (op == "$gt" and value <= arg) or (op == "$lt" and value >= arg):
                    return False
    return True
