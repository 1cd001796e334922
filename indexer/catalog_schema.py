"""The catalog's tables (SQLite DDL, SCHEMA_VERSION) and the types written to and read from them.

One row per letter (the parsed letter itself compressed in `body`), one per disputed item with
the columns the service filters and counts on, the item's derived rows (body regions, treatment
sets, reason codes, sentence roles, guideline parts and sections), one per chunk (its text, span
and the row of its vector in the vector file), and the bookkeeping: `meta` (schema version,
generation), `tombstones` (chunk rows deleted since the lexical segment was built) and `journal`
(Chroma work in flight). indexer.catalog opens and writes them; indexer.catalog_rows inserts a
letter's rows.
"""

from __future__ import annotations

from collections.abc import Sequence

import msgspec

from indexer.model import Chunk, Letter

SCHEMA_VERSION = 1

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

