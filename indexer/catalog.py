"""The catalog: letters, items, their facets and chunks in one SQLite file beside the vectors.

SQLite (stdlib, one file, transactions, WAL so readers never wait for the writer) holds what the
index knows about every letter: the parsed letter itself, one row per disputed item with the
columns the service filters and counts on, the item's body regions, treatment sets, reason codes,
rationale sentences with their roles, guideline citation parts and sections, and one row per
chunk (its text, span and the row of its vector in the vector file). Chroma holds only vectors.

A letter is written in one transaction (`write_letters`): its old rows go (with `ON DELETE
CASCADE`), the new ones come in, and the ids of vectors that no longer belong to any chunk are
recorded in `journal` for the store to delete from Chroma. `generation` in `meta` grows by one
with every commit, so a reader notices changes with one cheap query.

This module opens the file and runs the reads and the write transactions; the tables and the
types read and written are indexer.catalog_schema's, a letter's rows indexer.catalog_rows's.

Filters are SQL over `items` (service.filters builds the clause): the one evaluator of filters.
"""

from __future__ import annotations

import sqlite3
import threading
import time
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

import msgspec

from indexer.catalog_rows import insert_labels, insert_letter, letter_body
from indexer.catalog_schema import SCHEMA, SCHEMA_VERSION, LetterRecord, Stored
from indexer.errors import ImrError
from indexer.model import Letter

_letter_decoder = msgspec.json.Decoder(Letter)


class Catalog:
    """One SQLite file. Safe to share between threads (one connection, serialised by a lock);
    any number of processes may read while one writes (WAL)."""

    def __init__(self, path: Path, *, readonly: bool = False, immutable: bool = False) -> None:
        """`readonly`: never write. `immutable`: the file cannot change while open (a read-only
        folder or mount): SQLite then reads it without its -wal/-shm files or locks."""
        self.path = Path(path)
        self.readonly = readonly or immutable
        if self.readonly:
            if not self.path.exists():
                raise ImrError(f"no index catalog at {self.path}: run `imr index` first")
            # a WAL file left beside it holds committed rows that `immutable` would not read
            wal = self.path.with_name(self.path.name + "-wal")
            frozen = immutable and not (wal.exists() and wal.stat().st_size > 0)
            uri = self.path.resolve().as_uri() + ("?mode=ro&immutable=1" if frozen else "?mode=ro")
            self.db = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA busy_timeout=30000")
        self.lock = threading.RLock()
        if not self.readonly:
            with self.lock:
                self.db.executescript(SCHEMA)
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('generation', '0')")
        self._check_version()

    def _check_version(self) -> None:
        row = self.query("SELECT value FROM meta WHERE key = 'schema_version'")
        found = int(row[0][0]) if row else None
        if found is not None and found != SCHEMA_VERSION:
            raise ImrError(f"the index catalog {self.path} has schema version {found}; this version reads "
                           f"{SCHEMA_VERSION}: re-index into a new --db folder")

    def close(self) -> None:
        with self.lock:
            self.db.close()

    # -- reading -------------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        with self.lock:
            return self.db.execute(sql, params).fetchall()

    def generation(self) -> int:
        return int(self.query("SELECT value FROM meta WHERE key = 'generation'")[0][0])

    def meta(self, key: str, default: str = "") -> str:
        row = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return row[0][0] if row else default

    def letter_count(self) -> int:
        return int(self.query("SELECT count(*) FROM letters")[0][0])

    def chunk_count(self) -> int:
        return int(self.query("SELECT count(*) FROM chunks")[0][0])

    def item_count(self) -> int:
        return int(self.query("SELECT count(*) FROM items")[0][0])

    def records(self) -> dict[str, LetterRecord]:
        rows = self.query("SELECT case_number, content_hash, source, file_sha256, chunks, indexed_at FROM letters")
        return {r[0]: LetterRecord(case_number=r[0], content_hash=r[1], source=r[2], file_sha256=r[3], chunks=r[4],
                                   indexed_at=r[5]) for r in rows}

    def case_numbers(self) -> set[str]:
        return {r[0] for r in self.query("SELECT case_number FROM letters")}

    def letters(self, case_numbers: Iterable[str]) -> dict[str, Letter]:
        """The stored letters among `case_numbers` (unknown ones left out)."""
        return {cn: letter for cn, (letter, _digest) in self.letters_with_hashes(case_numbers).items()}

    def letters_with_hashes(self, case_numbers: Iterable[str]) -> dict[str, tuple[Letter, str]]:
        """Case number -> (letter, its content hash), both read in one query."""
        wanted = list(dict.fromkeys(case_numbers))
        out: dict[str, tuple[Letter, str]] = {}
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            marks = ",".join("?" * len(part))
            for cn, body, digest in self.query(
                    f"SELECT case_number, body, content_hash FROM letters WHERE case_number IN ({marks})", part):
                out[cn] = (_letter_decoder.decode(zlib.decompress(body)), digest)
        return out

    def letter(self, case_number: str) -> Letter | None:
        return self.letters([case_number]).get(case_number)

    def hashes(self, case_numbers: Iterable[str]) -> dict[str, str]:
        wanted = list(dict.fromkeys(case_numbers))
        marks = ",".join("?" * len(wanted))
        if not wanted:
            return {}
        return dict(self.query(f"SELECT case_number, content_hash FROM letters WHERE case_number IN ({marks})", wanted))

    # -- writing -------------------------------------------------------------------------------
    def journal_adds(self, vector_ids: Iterable[str]) -> None:
        """Record vectors about to be written to Chroma before their chunks commit: a crash in
        between leaves them listed here, and the store deletes them on its next open."""
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                self.db.executemany("INSERT OR REPLACE INTO journal VALUES (?, 'add')", [(v,) for v in vector_ids])
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    def journal(self) -> tuple[list[str], list[str]]:
        """(vector ids added but never committed, vector ids no longer referenced): Chroma work
        left over from an interrupted write."""
        rows = self.query("SELECT j.vector_id, j.action, c.id FROM journal j LEFT JOIN chunks c "
                          "ON c.vector_id = j.vector_id")
        orphans = [v for v, action, chunk in rows if action == "add" and chunk is None]
        deleted = [v for v, action, chunk in rows if action == "delete" and chunk is None]
        return orphans, deleted

    def pending(self) -> list[tuple[str, int]]:
        """(vector id, vector-file row) of committed vectors Chroma does not have yet."""
        return self.query("SELECT j.vector_id, c.vec_row FROM journal j JOIN chunks c ON c.vector_id = j.vector_id "
                          "WHERE j.action = 'pending' ORDER BY c.id")

    def journal_done(self, vector_ids: Iterable[str]) -> None:
        ids = list(vector_ids)
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for start in range(0, len(ids), 500):
                    part = ids[start : start + 500]
                    self.db.execute(f"DELETE FROM journal WHERE vector_id IN ({','.join('?' * len(part))})", part)
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    def write_letters(self, batch: Sequence[Stored], *, replaces: Sequence[str] = (),
                      pending: Sequence[str] = ()) -> int:
        """Commit letters (replacing any stored letter of the same case number, and the cases in
        `replaces`) in one transaction; returns the new generation. `pending`: committed vector
        ids Chroma does not have yet, journalled for the next writer that opens Chroma."""
        now = time.time()
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                generation = self.generation() + 1
                gone = list(dict.fromkeys([s.letter.case_number for s in batch] + list(replaces)))
                for start in range(0, len(gone), 500):
                    part = gone[start : start + 500]
                    self.db.execute(f"DELETE FROM letters WHERE case_number IN ({','.join('?' * len(part))})", part)
                for stored in batch:
                    insert_letter(self.db, stored, now, generation)
                committed = [v for s in batch for v in s.vector_ids]
                for start in range(0, len(committed), 500):
                    part = committed[start : start + 500]
                    self.db.execute(f"DELETE FROM journal WHERE vector_id IN ({','.join('?' * len(part))})", part)
                self.db.executemany("INSERT OR REPLACE INTO journal VALUES (?, 'pending')", [(v,) for v in pending])
                self.db.execute("UPDATE meta SET value = ? WHERE key = 'generation'", (str(generation),))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        return generation

    def touch_letter(self, letter: Letter, record: LetterRecord) -> None:
        """Refresh a stored letter's source and file digest (the same text in another file, or the
        same file read by a newer indexer), and its items' derived rows: a new labelling
        (LABELS_VERSION) changes roles, reasons and treatment sets without changing the text."""
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                generation = self.generation() + 1
                self.db.execute("UPDATE letters SET source = ?, file_sha256 = ?, body = ?, indexed_at = ?, "
                                "generation = ? WHERE case_number = ?",
                                (record.source, record.file_sha256, letter_body(letter), time.time(), generation,
                                 letter.case_number))
                ids = dict(self.db.execute("SELECT item_index, id FROM items WHERE case_number = ?",
                                           (letter.case_number,)).fetchall())
                for item in letter.items:
                    if (item_id := ids.get(item.index)) is None:
                        continue
                    for table in ("item_regions", "item_treatments", "item_reasons", "sentences", "guideline_sections",
                                  "guideline_parts"):
                        self.db.execute(f"DELETE FROM {table} WHERE item_id = ?", (item_id,))
                    self.db.execute("UPDATE items SET title = ?, category = ? WHERE id = ?",
                                    (item.title or item.request, item.category or "unclassified", item_id))
                    insert_labels(self.db, item, item_id)
                self.db.execute("UPDATE meta SET value = ? WHERE key = 'generation'", (str(generation),))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    def delete_letters(self, case_numbers: Sequence[str]) -> int:
        """Remove letters with every row of theirs; returns how many chunks went (their vectors are
        left in `journal` for the store to delete)."""
        if not case_numbers:
            return 0
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                marks = ",".join("?" * len(case_numbers))
                removed = self.db.execute(
                    f"SELECT count(*) FROM chunks WHERE letter_id IN (SELECT id FROM letters WHERE case_number IN "
                    f"({marks}))", list(case_numbers)).fetchone()[0]
                self.db.execute(f"DELETE FROM letters WHERE case_number IN ({marks})", list(case_numbers))
                generation = self.generation() + 1
                self.db.execute("UPDATE meta SET value = ? WHERE key = 'generation'", (str(generation),))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        return int(removed)

    def analyze(self) -> None:
        """Give SQLite's query planner statistics (sqlite_stat1, sampled: milliseconds at 1M
        chunks). Without them it chose the decision index to find one case's items: every Upheld
        item read (432k at 1M chunks), 58 ms, against 0.03 ms through the case-number index."""
        with self.lock:
            self.db.execute("PRAGMA analysis_limit=1000")
            self.db.execute("ANALYZE")

    def set_meta(self, key: str, value: str) -> None:
        with self.lock:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
