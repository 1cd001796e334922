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

Filters are SQL over `items` (service.filters builds the clause): the one evaluator of filters.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

import msgspec

from indexer.errors import ImrError
from indexer.model import Chunk, Item, Letter

SCHEMA_VERSION = 1
_letter_decoder = msgspec.json.Decoder(Letter)
_encoder = msgspec.json.Encoder()

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS letters(
  id INTEGER PRIMARY KEY,
  case_number TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  date_assigned TEXT, date_of_injury TEXT, decision_date TEXT, decision_month TEXT,
  ur_denial_date TEXT, application_received TEXT, priority TEXT,
  reviewer_licensure TEXT, reviewer_specialty TEXT,
  age INTEGER, sex TEXT, layout TEXT,
  pages INTEGER NOT NULL, items INTEGER NOT NULL, chunks INTEGER NOT NULL,
  indexed_at REAL NOT NULL, generation INTEGER NOT NULL,
  body BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS letters_generation ON letters(generation);
CREATE INDEX IF NOT EXISTS letters_source ON letters(source);
-- the patient a question describes (service.patients): 0.2-0.5 ms at 1M chunks against a 140-400 ms scan
CREATE INDEX IF NOT EXISTS letters_person ON letters(age, sex, date_of_injury);
CREATE TABLE IF NOT EXISTS items(
  id INTEGER PRIMARY KEY,
  letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
  case_number TEXT NOT NULL,
  item_index INTEGER NOT NULL,
  request TEXT NOT NULL,
  title TEXT NOT NULL,
  decision TEXT NOT NULL,
  category TEXT NOT NULL,
  decision_date TEXT, decision_day INTEGER, decision_month TEXT,
  heading_page INTEGER NOT NULL,
  UNIQUE(case_number, item_index)
);
CREATE INDEX IF NOT EXISTS items_letter ON items(letter_id);
CREATE INDEX IF NOT EXISTS items_decision ON items(decision);
CREATE INDEX IF NOT EXISTS items_category ON items(category);
CREATE INDEX IF NOT EXISTS items_day ON items(decision_day);
CREATE TABLE IF NOT EXISTS item_regions(
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE, region TEXT NOT NULL,
  PRIMARY KEY(item_id, region));
CREATE INDEX IF NOT EXISTS item_regions_region ON item_regions(region);
CREATE INDEX IF NOT EXISTS item_regions_set ON item_regions(region, item_id);
CREATE TABLE IF NOT EXISTS item_treatments(
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE, treatment TEXT NOT NULL,
  PRIMARY KEY(item_id, treatment));
CREATE INDEX IF NOT EXISTS item_treatments_treatment ON item_treatments(treatment);
-- a treatment set's (a region's) items without reading the table (service.scope): covering indexes
CREATE INDEX IF NOT EXISTS item_treatments_set ON item_treatments(treatment, item_id);
CREATE TABLE IF NOT EXISTS item_reasons(
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE, code TEXT NOT NULL,
  spans TEXT NOT NULL,
  PRIMARY KEY(item_id, code));
CREATE INDEX IF NOT EXISTS item_reasons_code ON item_reasons(code);
CREATE TABLE IF NOT EXISTS sentences(
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE, n INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, role TEXT NOT NULL,
  PRIMARY KEY(item_id, n));
CREATE TABLE IF NOT EXISTS guideline_parts(
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  side TEXT NOT NULL, n INTEGER NOT NULL,
  family TEXT NOT NULL, name TEXT NOT NULL, chapter TEXT NOT NULL, year TEXT NOT NULL,
  topic TEXT NOT NULL, pages TEXT NOT NULL, url TEXT NOT NULL, host TEXT NOT NULL, title TEXT NOT NULL,
  PRIMARY KEY(item_id, side, n));
CREATE INDEX IF NOT EXISTS guideline_parts_family ON guideline_parts(family);
CREATE TABLE IF NOT EXISTS guideline_sections(
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  side TEXT NOT NULL, part INTEGER NOT NULL, section TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS guideline_sections_item ON guideline_sections(item_id);
CREATE TABLE IF NOT EXISTS chunks(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  chunk_id TEXT NOT NULL UNIQUE,
  vector_id TEXT NOT NULL UNIQUE,
  letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
  item_id INTEGER REFERENCES items(id) ON DELETE CASCADE,
  section TEXT NOT NULL, window INTEGER NOT NULL,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, pages TEXT NOT NULL, tokens INTEGER NOT NULL,
  text TEXT NOT NULL,
  vec_row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_letter ON chunks(letter_id);
CREATE INDEX IF NOT EXISTS chunks_item ON chunks(item_id);
-- chunk rows deleted since the lexical segment was built (service.warm skips them)
CREATE TABLE IF NOT EXISTS tombstones(chunk INTEGER PRIMARY KEY);
-- Chroma work in flight: vectors added before their chunks committed, no longer referenced, or
-- committed by a process that leaves Chroma to the next writer (pending)
CREATE TABLE IF NOT EXISTS journal(vector_id TEXT PRIMARY KEY, action TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS chunk_gone AFTER DELETE ON chunks BEGIN
  INSERT OR IGNORE INTO tombstones(chunk) VALUES (old.id);
  INSERT OR REPLACE INTO journal(vector_id, action) VALUES (old.vector_id, 'delete');
END;
"""


class LetterRecord(msgspec.Struct, frozen=True, kw_only=True):
    """What the indexer needs to know about a stored letter to skip or redo it."""

    case_number: str
    content_hash: str
    source: str
    file_sha256: str
    chunks: int
    indexed_at: float = 0.0  # the writer's clock (time.time()) when the catalog recorded the letter


class Stored(msgspec.Struct, frozen=True):
    """One letter ready to commit: the parsed letter, its record, its chunks and, per chunk, the
    Chroma id and vector-file row its vector went to."""

    letter: Letter
    record: LetterRecord
    chunks: Sequence[Chunk]
    vector_ids: Sequence[str]
    vec_rows: Sequence[int]


def vector_id(chunk: Chunk) -> str:
    """Chroma id of a chunk's vector: the chunk id plus its letter's content hash, so a changed
    letter's vectors never overwrite the ones its committed chunks still point at."""
    return f"{chunk.id}@{chunk.content_hash[:12]}"


def month(date: str | None) -> str | None:
    return date[:7] if date and len(date) >= 7 else None


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
                    self._insert(stored, now, generation)
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
                                (record.source, record.file_sha256, _body(letter), time.time(), generation,
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
                    self._insert_labels(item, item_id)
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

    def _insert(self, stored: Stored, now: float, generation: int) -> None:
        letter, record = stored.letter, stored.record
        cur = self.db.execute(
            "INSERT INTO letters(case_number, source, file_sha256, content_hash, date_assigned, date_of_injury, "
            "decision_date, decision_month, ur_denial_date, application_received, priority, reviewer_licensure, "
            "reviewer_specialty, age, sex, layout, pages, items, chunks, indexed_at, generation, body) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (letter.case_number, record.source, record.file_sha256, record.content_hash, letter.date_assigned,
             letter.date_of_injury, letter.decision_date, month(letter.decision_date), letter.ur_denial_date,
             letter.application_received, letter.priority, letter.reviewer_licensure, letter.reviewer_specialty,
             letter.age, letter.sex, letter.layout, letter.page_count, len(letter.items), len(stored.chunks), now,
             generation, _body(letter)),
        )
        letter_id = cur.lastrowid
        item_ids: dict[int, int] = {}
        for item in letter.items:
            item_ids[item.index] = self._insert_item(letter, item, letter_id)
        self.db.executemany(
            "INSERT INTO chunks(chunk_id, vector_id, letter_id, item_id, section, window, span_start, span_end, pages, "
            "tokens, text, vec_row) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(c.id, vid, letter_id, item_ids.get(c.item_index) if c.section == "item" else None, c.section, c.window,
              c.span[0], c.span[1], ",".join(map(str, c.pages)), c.tokens, c.text, row)
             for c, vid, row in zip(stored.chunks, stored.vector_ids, stored.vec_rows)],
        )

    def _insert_item(self, letter: Letter, item: Item, letter_id: int) -> int:
        day = int(letter.decision_date.replace("-", "")) if letter.decision_date else None
        cur = self.db.execute(
            "INSERT INTO items(letter_id, case_number, item_index, request, title, decision, category, decision_date, "
            "decision_day, decision_month, heading_page) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (letter_id, letter.case_number, item.index, item.request, item.title or item.request, item.decision,
             item.category or "unclassified", letter.decision_date, day, month(letter.decision_date),
             item.pages[0] if item.pages else 1),
        )
        item_id = cur.lastrowid
        self._insert_labels(item, item_id)
        return item_id

    def _insert_labels(self, item: Item, item_id: int) -> None:
        """An item's derived rows: regions, treatment sets, reasons, sentence roles, guideline parts."""
        self.db.executemany("INSERT OR IGNORE INTO item_regions VALUES (?, ?)", [(item_id, r) for r in item.body_regions])
        self.db.executemany("INSERT OR IGNORE INTO item_treatments VALUES (?, ?)", [(item_id, t) for t in item.treatments])
        self.db.executemany("INSERT OR IGNORE INTO item_reasons VALUES (?, ?, ?)",
                            [(item_id, r.code, json.dumps([list(s) for s in r.spans])) for r in item.reasons])
        self.db.executemany('INSERT INTO sentences(item_id, n, start, "end", role) VALUES (?,?,?,?,?)',
                            [(item_id, n, s.span[0], s.span[1], s.role) for n, s in enumerate(item.sentences)])
        for side, guide in (("maximus", item.maximus_guideline), ("claims", item.claims_administrator_guideline)):
            for n, part in enumerate(guide.parts):
                self.db.execute(
                    "INSERT INTO guideline_parts VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (item_id, side, n, part.family, part.name, part.chapter, part.year, part.topic,
                     ",".join(part.pages), part.url, part.host, part.title))
                self.db.executemany("INSERT INTO guideline_sections VALUES (?,?,?,?)",
                                    [(item_id, side, n, s) for s in part.sections])


def _body(letter: Letter) -> bytes:
    return zlib.compress(_encoder.encode(letter), 6)
