"""Exact cosine over the memory-mapped vector file, for the rows a question needs.

Chroma's HNSW answers "the nearest chunks of the whole index"; it cannot be walked under an
arbitrary filter without starving, and an embedded client never sees another process's writes.
So a filtered question, a small index and the rows committed since Chroma was opened are scored
exactly: every candidate row's float16 vector (indexer.vectorfile), in blocks.
"""

from __future__ import annotations

import numpy as np

BLOCK = 8192  # rows converted to float32 at a time: bounds the temporary memory of one query


def top(matrix: np.ndarray, query: np.ndarray, rows: np.ndarray, n: int) -> list[tuple[int, float]]:
    """The `n` of `rows` (vector-file row numbers) nearest `query`: (index into `rows`, cosine), best first."""
    q = np.asarray(query, dtype=np.float32).ravel()
    rows = np.asarray(rows, dtype=np.int64)
    if not len(rows) or n <= 0:
        return []
    sims = np.empty(len(rows), dtype=np.float32)
    for start in range(0, len(rows), BLOCK):
        part = rows[start : start + BLOCK]
        order = np.argsort(part, kind="stable")  # read the file in order: sequential pages
        block = np.empty((len(part), matrix.shape[1]), dtype=np.float32)
        block[order] = matrix[part[order]]
        sims[start : start + len(part)] = block @ q
    best = np.argpartition(-sims, n - 1)[:n] if n < len(sims) else np.arange(len(sims))
    best = best[np.argsort(-sims[best], kind="stable")]
    return [(int(i), float(sims[i])) for i in best]
