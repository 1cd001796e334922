"""The lexical segment's vocabulary as two arrays instead of a Python dict.

bm25s saves its vocabulary as JSON (term -> id) and loads it into a dict plus a set of the ids:
at 1M chunks, 341k terms held about 75 MB of Python objects in the service. Here the terms are
one sorted array of UTF-8 bytes (as wide as the longest term: 31 bytes, 10.6 MB at 1M) and the id
of each, found by binary search; the words of a two-letter prefix are one slice of it.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np


class Terms:
    """term -> id of a saved bm25s vocabulary (ids 0..n-1)."""

    def __init__(self, path: Path | None = None) -> None:
        vocab: dict[str, int] = json.loads(path.read_text(encoding="utf-8")) if path else {}
        raw = [t.encode("utf-8") for t in vocab]
        self.width = max(map(len, raw), default=1)
        words = np.array(raw, dtype=f"S{self.width}") if raw else np.zeros(0, "S1")
        ids = np.fromiter(vocab.values(), dtype=np.int32, count=len(vocab))
        del vocab, raw
        order = np.argsort(words, kind="stable")
        self.sorted, self.ids = words[order], ids[order]
        self.at = np.empty(len(ids), dtype=np.int32)  # id -> position in `sorted`
        self.at[self.ids] = np.arange(len(ids), dtype=np.int32)

    def __len__(self) -> int:
        return len(self.ids)

    def get(self, term: str) -> int | None:
        key = term.encode("utf-8")
        if len(key) > self.width or not len(self.ids):
            return None  # longer than every term (and numpy would cut it to fit)
        n = int(np.searchsorted(self.sorted, key))
        return int(self.ids[n]) if n < len(self.ids) and self.sorted[n] == key else None

    def get_many(self, terms: list[str]) -> list[int | None]:
        """`get` of each term, in one binary search over all of them."""
        if not terms or not len(self.ids):
            return [None] * len(terms)
        keys = [t.encode("utf-8") for t in terms]
        fits = np.array([len(k) <= self.width for k in keys])
        wanted = np.array([k if len(k) <= self.width else b"" for k in keys], dtype=f"S{self.width}")
        at = np.minimum(np.searchsorted(self.sorted, wanted), len(self.ids) - 1)
        found = fits & (self.sorted[at] == wanted)
        return [int(i) if ok else None for i, ok in zip(self.ids[at].tolist(), found.tolist())]

    def __contains__(self, term: str) -> bool:
        return self.get(term) is not None

    def word(self, term_id: int) -> str:
        return self.sorted[self.at[term_id]].decode("utf-8")

    def starting(self, prefix: str) -> list[str]:
        """Every term that starts with `prefix`, in byte order."""
        key = prefix.encode("utf-8")
        if len(key) > self.width or not len(self.ids):
            return []
        lo = int(np.searchsorted(self.sorted, key))
        out = []
        for raw in self.sorted[lo:]:
            if not raw.startswith(key):
                break
            out.append(raw.decode("utf-8"))
        return out
