"""The rows committed after the lexical segment was built (the delta), held as flat arrays.

Each delta row has its catalog ids (`chunk`, `letter`, `item`, `vec_row`) and its BM25 postings:
for every (row, term) pair the term's id (the segment's vocabulary, then ids for words it never
saw), the row and the posting's tf part of BM25, tf / (tf + k1 (1 - b + b len / avglen)), which
is fixed once the row is read. Nothing else is kept: at 1M chunks a delta of 23,806 rows (3.5%
of the rows) held 207 MB as one Counter and two small arrays per row; as flat arrays it is the
postings' 16 bytes each (1.7M postings: 27 MB).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import numpy as np

from indexer.terms import tokens

READ = 5000  # rows tokenised before their arrays are joined


class Delta:
    """Delta rows in chunk id order; never changed once built."""

    def __init__(self, ids: np.ndarray | None = None, terms: np.ndarray | None = None,
                 rows: np.ndarray | None = None, tf_part: np.ndarray | None = None) -> None:
        self.ids = np.zeros((0, 4), np.int64) if ids is None else ids  # chunk, letter, item, vec_row
        self.terms = np.zeros(0, np.int32) if terms is None else terms
        self.rows = np.zeros(0, np.int32) if rows is None else rows
        self.tf_part = np.zeros(0) if tf_part is None else tf_part
        self._term_set: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def column(self, n: int) -> np.ndarray:
        """chunk (0), letter (1), item (2) or vec_row (3) of every row."""
        return self.ids[:, n]

    def last_chunk(self, default: int) -> int:
        return int(self.ids[-1, 0]) if len(self.ids) else default

    def extended(self, segment, rows: Iterable[tuple[int, str, int, int, int]]) -> Delta:
        """This delta and `rows` (chunk id, text, letter id, item id, vector row) after it,
        tokenised with the segment's vocabulary and statistics (`segment.term_id` adds ids for
        new words)."""
        parts = [self]
        batch: list[tuple[int, str, int, int, int]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= READ:
                parts.append(_read(segment, batch))
                batch = []
        if batch:
            parts.append(_read(segment, batch))
        return _join(parts) if len(parts) > 1 else self

    def without(self, dead: set[int]) -> Delta:
        """The rows whose chunk is not in `dead`."""
        if not dead or not len(self):
            return self
        keep = ~np.isin(self.ids[:, 0], np.fromiter(dead, np.int64, count=len(dead)))
        if keep.all():
            return self
        renumber = (np.cumsum(keep) - 1).astype(np.int32)
        posting = keep[self.rows]
        return Delta(self.ids[keep], self.terms[posting], renumber[self.rows[posting]], self.tf_part[posting])

    def has_term(self, term_id: int) -> bool:
        """Whether any delta row uses the term."""
        found = self.term_ids()
        at = np.searchsorted(found, term_id)
        return bool(at < len(found) and found[at] == term_id)

    def term_ids(self) -> np.ndarray:
        """The distinct term ids of the delta's rows, sorted (found once)."""
        if self._term_set is None:
            self._term_set = np.unique(self.terms)
        return self._term_set


def _read(segment, batch: list[tuple[int, str, int, int, int]]) -> Delta:
    """One batch of rows tokenised: the ids, and the postings in each row's term order (the order
    the BM25 sums run in)."""
    columns = np.array([(cid, letter, item, vec_row) for cid, _text, letter, item, vec_row in batch], np.int64)
    found = [Counter(tokens(text)) for _cid, text, _letter, _item, _vec in batch]
    ids = segment.term_ids(list(dict.fromkeys(t for row in found for t in row)))
    terms = [ids[t] for row in found for t in row]
    counts = [float(c) for row in found for c in row.values()]
    sizes = np.array([len(row) for row in found], dtype=np.int64)
    lengths = np.array([float(sum(row.values())) for row in found])
    count = np.asarray(counts, dtype=np.float64)
    rows = np.repeat(np.arange(len(batch), dtype=np.int32), sizes)
    norm = segment.k1 * (1 - segment.b + segment.b * lengths / segment.avgdl)
    return Delta(columns, np.asarray(terms, np.int32), rows, count / (count + norm[rows]))


def _join(parts: list[Delta]) -> Delta:
    offsets = np.cumsum([0] + [len(p) for p in parts[:-1]])
    return Delta(np.concatenate([p.ids for p in parts]), np.concatenate([p.terms for p in parts]),
                 np.concatenate([(p.rows + off).astype(np.int32) for p, off in zip(parts, offsets)]),
                 np.concatenate([p.tf_part for p in parts]))
