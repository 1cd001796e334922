"""The index folder: the catalog, the vector file, the lexical segment and Chroma, kept consistent.

    <index>/catalog.sqlite   letters, items, facets, chunks (indexer.catalog)
    <index>/vectors.f16      every chunk's vector, float16, appended (indexer.vectorfile)
    <index>/vectors.lists    each vector's coarse list, for readers of a large index (indexer.coarse)
    <index>/vectors.grouped  the vectors list by list in 8 bits, what those readers scan (indexer.grouped)
    <index>/lexical/         the BM25 segment the service memory-maps (indexer.lexical)
    <index>/chroma/          embedded Chroma: the HNSW indexes of the searched sections' vectors
                             (items, case summaries: indexer.chroma), or a Chroma server
    <index>/write.lock       who is writing (indexer.writelock)

Writing a batch of letters (`store_letters`), under the write lock:
1. the vectors are appended to the vector file and assigned to their coarse lists (the grouped
   copy written afresh when due);
2. the new vectors' ids go into the catalog's journal ("add"), committed, and into Chroma;
3. one catalog transaction replaces the letters' rows and clears their journal entries; the ids of
   vectors no longer referenced go into the journal ("delete");
4. those are deleted from Chroma and their journal entries cleared.
A crash before 3 leaves the old letter whole, rows of the vector file no chunk references, and the
new vectors listed as orphans; a crash after 3 leaves unreferenced vectors listed for deletion.
The next writer to open the folder (and every reader, which never trusts Chroma beyond the
catalog) repairs it: `recover` deletes what the journal lists. The catalog is the truth; a Chroma
id the catalog does not know is never answered. A store that defers Chroma (the service, see
`Store`) skips 2 and 4: step 3 journals its vectors as "pending", and `recover` adds them.
"""

from __future__ import annotations

import gc
import logging
import os
import threading
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from indexer.catalog import Catalog
from indexer.catalog_schema import LetterRecord, Stored, vector_id
from indexer.coarse import CoarseLists
from indexer.errors import ImrError, IndexMissingError, StoreUnavailableError
from indexer.model import Chunk, Letter
from indexer.settings import Settings
from indexer.vectorfile import VectorFile
from indexer.writelock import write_lock

logger = logging.getLogger(__name__)

CATALOG = "catalog.sqlite"

__all__ = ["Store", "open_store", "LetterRecord", "Stored", "vector_id"]


class Store:
    """An index folder. `create=False` refuses a folder with no index (a mistyped --db), and opens
    a folder it cannot write (read-only files or mount) for reading only: `readonly` is then True,
    and the embedded Chroma is never opened (its client writes to its folder); readers score
    exactly over the vector file instead (service.engine).

    `defer_chroma` (the service): once the index has coarse lists, which is all its questions
    read, its writes (uploads, deletions) leave Chroma to the next writer that opens it (`imr
    index`): the vectors it commits are journalled as pending, the ones it drops as deleted. Its
    memory then never holds Chroma's HNSW indexes (1.5 GB at 1M chunks), not even for a write."""

    def __init__(self, settings: Settings, *, create: bool = True, defer_chroma: bool = False) -> None:
        self.settings = settings
        self.defer_chroma = defer_chroma
        self.root = Path(settings.db)
        path = self.root / CATALOG
        if not create and not path.exists():
            raise IndexMissingError(f"no index at {self.root}: run `imr index LETTERS --db {self.root}` first, "
                                    "or check the --db path (IMR_DB)")
        self.readonly = not create and not (os.access(self.root, os.W_OK) and os.access(path, os.W_OK))
        self.catalog = Catalog(path, immutable=self.readonly)
        if self.readonly:
            logger.warning("the index at %s is read-only: it is opened for reading, and questions are scored "
                           "exactly over its vector file (no embedded Chroma)", self.root)
        self.vectors = VectorFile(self.root / "vectors.f16")
        self.lists = CoarseLists(self.root / "vectors.lists")
        self.kind = settings.store_kind
        self.location = settings.chroma_url or str(self.root)
        self._chroma = None
        self._chroma_generation = -1  # the catalog's generation when the open client was last in step
        self._opening = threading.Lock()

    @property
    def chroma(self):
        """The Chroma collection, opened on first use (an empty index never needs it)."""
        if self._chroma is None and self.readonly and not self.settings.chroma_url:
            raise StoreUnavailableError(f"the index at {self.root} is read-only: its embedded Chroma store cannot "
                                        "be opened; questions are scored exactly instead")
        with self._opening:  # one client per process: concurrent first questions would each load the HNSW
            if self._chroma is None:
                from indexer.chroma import SearchedVectors

                generation = self.catalog.generation()  # read first: a commit meanwhile only causes a reopen
                self._chroma = SearchedVectors(self.settings)
                self._chroma_generation = generation
            return self._chroma

    def reopen_chroma(self) -> None:
        """Forget the open Chroma client: the next use reads the store afresh. The old client's
        HNSW index is freed before a new one is read (it sits in reference cycles: without the
        collection, at 1M chunks the service held 2.2 GB more after each reopen)."""
        with self._opening:
            if self._chroma is not None and not self._chroma.server:
                from indexer.chroma import forget_clients

                forget_clients()
            self._chroma = None
            gc.collect()
            _trim_heap()

    # -- writing -------------------------------------------------------------------------------
    @contextmanager
    def writing(self, what: str = ""):
        """Hold the folder's write lock; on first entry, finish any write a crash interrupted."""
        if self.readonly:
            raise ImrError(f"the index at {self.root} is read-only: it can be searched, not written")
        with write_lock(self.root, what):
            self._in_step()
            if not self._deferring():
                self.recover()
            try:
                yield self
            finally:
                if self._chroma is not None:
                    self._chroma_generation = self.catalog.generation()

    def _in_step(self) -> None:
        """Reopen an embedded client that another process's writes have overtaken. It holds its own
        copy of the HNSW index, read when it was opened; writing through it would, once Chroma saves
        that copy (every 1,000 writes), lose the other process's vectors from the index for good
        (tests/indexer/test_stale_client.py). Every write here commits the catalog, so a generation
        other than the one this client last saw means someone else wrote."""
        if self._chroma is not None and not self._chroma.server and \
                self.catalog.generation() != self._chroma_generation:
            logger.info("store: another process wrote since this process opened Chroma; reopening it")
            self.reopen_chroma()

    def _deferring(self) -> bool:
        return self.defer_chroma and self.lists.read() is not None

    def recover(self) -> int:
        """Bring Chroma level with the journal: delete the vectors it lists (orphans of an
        interrupted write, or vectors no longer referenced) and add the pending ones (committed
        by a process that deferred Chroma); returns how many vectors changed."""
        orphans, deleted = self.catalog.journal()
        ids = orphans + deleted
        if ids:
            self.chroma.delete(ids)
            self.catalog.journal_done(ids)
            logger.debug("store: removed %d vectors no chunk references", len(ids))
        pending = self.catalog.pending()
        if pending:
            matrix = self.vectors.map()
            for start in range(0, len(pending), 4000):
                part = pending[start : start + 4000]
                self.chroma.upsert([v for v, _row in part], np.asarray(matrix[[row for _v, row in part]], dtype=np.float32))
            self.catalog.journal_done([v for v, _row in pending])
            logger.info("store: added %d vectors committed while Chroma was deferred", len(pending))
        return len(ids) + len(pending)

    def store_letters(self, batch: Sequence[tuple[Letter, LetterRecord, Sequence[Chunk]]], vectors: np.ndarray,
                      *, replaces: Sequence[str] = ()) -> None:
        """Commit letters with their chunks and the chunks' vectors (rows in batch order)."""
        chunks = [c for _letter, _record, cs in batch for c in cs]
        if len(chunks) != len(vectors):
            raise ValueError(f"{len(chunks)} chunks but {len(vectors)} vectors")
        ids = [vector_id(c) for c in chunks]
        with self.writing():
            from indexer.chroma import searched

            rows = self.vectors.append(vectors) if len(chunks) else range(0)
            self.sync_lists()
            deferred = self._deferring()
            if searched(ids) and not deferred:
                self.catalog.journal_adds(searched(ids))  # the vectors about to get an HNSW entry
                self.chroma.upsert(ids, vectors)
            stored, at = [], 0
            for letter, record, cs in batch:
                n = len(cs)
                stored.append(Stored(letter, record, list(cs), ids[at : at + n], list(rows[at : at + n])))
                at += n
            self.catalog.write_letters(stored, replaces=replaces, pending=searched(ids) if deferred else ())
            if not deferred:
                self.recover()

    def sync_lists(self, progress=None) -> str:
        """Assign the vectors appended since to their coarse lists (training them when due).
        Before the catalog commits the rows: a reader never sees a committed row unassigned,
        except after a crash, which the next write repairs (unassigned rows are scored exactly)."""
        return self.lists.sync(self.vectors.map(), progress=progress or logger.info)

    def touch_letter(self, letter: Letter, record: LetterRecord) -> None:
        with self.writing():
            self.catalog.touch_letter(letter, record)

    def delete_letters(self, case_numbers: Sequence[str]) -> int:
        """Remove letters and all their chunks; returns how many chunks went."""
        with self.writing():
            removed = self.catalog.delete_letters(list(case_numbers))
            if not self._deferring():
                self.recover()
        return removed

    def delete_letter(self, case_number: str) -> int:
        return self.delete_letters([case_number])

    # -- reading -------------------------------------------------------------------------------
    def count(self) -> int:
        """Chunks in the index."""
        return self.catalog.chunk_count()

    def letter_count(self) -> int:
        return self.catalog.letter_count()

    def letter_records(self) -> dict[str, LetterRecord]:
        return self.catalog.records()

    def letter_ids(self) -> set[str]:
        return self.catalog.case_numbers()

    def get_letter(self, case_number: str) -> Letter | None:
        return self.catalog.letter(case_number)

    def get_letters(self, case_numbers: list[str]) -> dict[str, Letter]:
        return self.catalog.letters(case_numbers)

    def chunk_ids(self, case_number: str | None = None) -> list[str]:
        """Chunk ids (a case's, or all), sorted."""
        if case_number is None:
            rows = self.catalog.query("SELECT chunk_id FROM chunks ORDER BY chunk_id")
        else:
            rows = self.catalog.query("SELECT c.chunk_id FROM chunks c JOIN letters l ON l.id = c.letter_id "
                                      "WHERE l.case_number = ? ORDER BY c.chunk_id", (case_number,))
        return [r[0] for r in rows]

    def chunk(self, chunk_id: str) -> dict | None:
        """One chunk's catalog row as a dict (text, vector id, section, span, pages, ...)."""
        cur = self.catalog.query("SELECT * FROM chunks WHERE chunk_id = ?", (chunk_id,))
        if not cur:
            return None
        names = [r[1] for r in self.catalog.query("PRAGMA table_info(chunks)")]
        return dict(zip(names, cur[0]))

    def nearest(self, vector: np.ndarray, k: int, *, section: str | None = None) -> list[tuple[str, float]]:
        """The `k` nearest committed chunks by Chroma's HNSW (items and case summaries: the
        sections it indexes): (chunk id, cosine similarity), best first; vectors the catalog does
        not reference are never returned."""
        found = self.chroma.nearest(vector, k, section if section in ("item", "summary") else None)
        if not found:
            return []
        marks = ",".join("?" * len(found))
        extra = " AND section = ?" if section else ""
        rows = dict(self.catalog.query(f"SELECT vector_id, chunk_id FROM chunks WHERE vector_id IN ({marks}){extra}",
                                       [vid for vid, _ in found] + ([section] if section else [])))
        return [(rows[vid], sim) for vid, sim in found if vid in rows]

    def heartbeat(self) -> None:
        if self.settings.chroma_url:
            self.chroma.heartbeat()
        try:
            self.catalog.generation()
        except Exception as exc:
            raise StoreUnavailableError(f"the index catalog at {self.root} cannot be read: {exc}") from exc


def _trim_heap() -> None:
    """Hand the heap freed by a closed HNSW index back to the operating system (glibc keeps it
    otherwise: measured at 1M chunks, 195 MB kept after a reopen, 51 MB after trimming)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def open_store(settings: Settings, *, create: bool = True, defer_chroma: bool = False) -> Store:
    try:
        return Store(settings, create=create, defer_chroma=defer_chroma)
    except ImrError:
        raise
    except Exception as exc:
        raise StoreUnavailableError(f"cannot open the index at {settings.db}: {exc}") from exc
