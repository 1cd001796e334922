"""The lexical segment: BM25 (bm25s) over the searchable chunks, built by the indexer, saved beside
the catalog and memory-mapped by the service.

A segment covers the item and case-summary chunks that were live when it was built, up to a
catalog chunk id (the watermark). Chunks added later are the service's delta: it scores them with
the segment's statistics until the next build; chunks deleted later are the catalog's tombstones,
which the service skips. The writer rebuilds the segment when the delta and tombstones together
pass `rebuild_share` of it (at least `rebuild_min` rows), at the end of an indexing run.

Files in <index>/lexical/<name>/: bm25s's own (scores as a CSC matrix, vocabulary, parameters)
the corpus's average document length (`avgdl.json`, for
scoring the delta), and four row-aligned arrays: `chunks.npy` (catalog chunk id), `letters.npy`, `items.npy` (-1 for
a summary chunk) and `vec_rows.npy` (the chunk's row in the vector file). A new segment is written
to a new folder; the catalog's `lexical_segment` and `lexical_watermark` switch to it in one
transaction, so a reader sees either the old segment or the new one whole.

bm25s over SQLite's FTS5: measured on 100k chunks of letter text, an FTS5 `MATCH ... ORDER BY rank
LIMIT 60` for a three-word question took 99 ms and 265 ms for a six-word one (it scores every
matching row), growing with the index; bm25s sums precomputed score columns (tens of ms at 1M).
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from pathlib import Path

import numpy as np

from indexer.catalog import Catalog
from indexer.terms import tokens

logger = logging.getLogger(__name__)

SEARCHABLE = ("item", "summary")
ARRAYS = ("chunks", "letters", "items", "vec_rows")
PROGRESS_EVERY = 100_000


def lexical_dir(root: Path) -> Path:
    return Path(root) / "lexical"


def searchable_rows(catalog: Catalog, after: int = 0, batch: int = 5000):
    """(chunk id, text, letter id, item id or -1, vector row) of live item and summary chunks with a
    catalog chunk id above `after`, in id order."""
    last = after
    while True:
        rows = catalog.query(
            "SELECT id, text, letter_id, COALESCE(item_id, -1), vec_row FROM chunks WHERE id > ? AND section IN "
            "('item', 'summary') ORDER BY id LIMIT ?", (last, batch))
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def build_segment(catalog: Catalog, root: Path) -> str:
    """Build a segment of every live searchable chunk, switch the catalog to it, drop older ones.
    The caller holds the write lock. Returns the segment's name."""
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    started = time.perf_counter()
    watermark = int(catalog.query("SELECT COALESCE(max(id), 0) FROM chunks")[0][0])
    vocab: dict[str, int] = {}
    corpus: list[list[int]] = []
    columns: dict[str, list[int]] = {name: [] for name in ARRAYS}
    for n, (cid, text, letter_id, item_id, vec_row) in enumerate(searchable_rows(catalog), start=1):
        if cid > watermark:
            break
        corpus.append([vocab.setdefault(t, len(vocab)) for t in (tokens(text) or ["_empty_"])])
        for name, value in zip(ARRAYS, (cid, letter_id, item_id, vec_row)):
            columns[name].append(value)
        if n % PROGRESS_EVERY == 0:
            logger.info("lexical segment: %d chunks read (%.0fs)", n, time.perf_counter() - started)
    name = f"seg-{catalog.generation()}-{int(time.time() * 1000)}"
    folder = lexical_dir(root) / name
    tmp = folder.with_name(name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    if corpus:
        index = bm25s.BM25()
        index.index((corpus, vocab), show_progress=False)
        index.save(str(tmp), show_progress=False)
        (tmp / "avgdl.json").write_text(json.dumps(sum(map(len, corpus)) / len(corpus)))
    for key, values in columns.items():
        np.save(tmp / f"{key}.npy", np.asarray(values, dtype=np.int64))
    tmp.replace(folder)
    previous = catalog.meta("lexical_segment")
    with catalog.lock:
        catalog.db.execute("BEGIN IMMEDIATE")
        try:
            catalog.db.execute("INSERT OR REPLACE INTO meta VALUES ('lexical_segment', ?)", (name,))
            catalog.db.execute("INSERT OR REPLACE INTO meta VALUES ('lexical_watermark', ?)", (str(watermark),))
            catalog.db.execute("DELETE FROM tombstones WHERE chunk <= ?", (watermark,))
            catalog.db.execute("COMMIT")
        except BaseException:
            catalog.db.execute("ROLLBACK")
            raise
    for old in lexical_dir(root).iterdir():
        if old.name != name and old.name != previous:
            shutil.rmtree(old, ignore_errors=True)  # a reader may still map `previous`: it goes next time
    logger.info("lexical segment %s: %d chunks, %d terms in %.1fs", name, len(corpus), len(vocab),
                time.perf_counter() - started)
    return name


def segment_size(catalog: Catalog, root: Path) -> int:
    name = catalog.meta("lexical_segment")
    path = lexical_dir(root) / name / "chunks.npy"
    return len(np.load(path, mmap_mode="r")) if name and path.exists() else 0


def needs_rebuild(catalog: Catalog, root: Path, *, rebuild_min: int = 2000, rebuild_share: float = 0.05) -> bool:
    """Whether the delta and tombstones have grown past what the service should score on its own."""
    watermark = int(catalog.meta("lexical_watermark", "0"))
    delta = int(catalog.query("SELECT count(*) FROM chunks WHERE id > ? AND section IN ('item', 'summary')",
                              (watermark,))[0][0])
    dead = int(catalog.query("SELECT count(*) FROM tombstones")[0][0])
    if not catalog.meta("lexical_segment"):
        return delta > 0
    return delta + dead > max(rebuild_min, rebuild_share * segment_size(catalog, root))
