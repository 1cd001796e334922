"""A letter's rows in the catalog: what indexer.catalog inserts inside its write transactions.

`insert_letter` writes the letter (its parsed form compressed by `letter_body`), its items and
its chunks; `insert_labels` an item's derived rows (body regions, treatment sets, reasons,
sentence roles, guideline parts and sections), also used alone when a new labelling refreshes a
stored letter.
The tables are indexer.catalog_schema's.
"""

from __future__ import annotations

import json
import sqlite3
import zlib

import msgspec

from indexer.catalog_schema import Stored
from indexer.model import Item, Letter

_encoder = msgspec.json.Encoder()


def month(date: str | None) -> str | None:
    return date[:7] if date and len(date) >= 7 else None


def letter_body(letter: Letter) -> bytes:
    return zlib.compress(_encoder.encode(letter), 6)


def insert_letter(db: sqlite3.Connection, stored: Stored, now: float, generation: int) -> None:
    """A letter's rows: the letter, its items with their derived rows, its chunks."""
    letter, record = stored.letter, stored.record
    cur = db.execute(
        "INSERT INTO letters(case_number, source, file_sha256, content_hash, date_assigned, date_of_injury, "
        "decision_date, decision_month, ur_denial_date, application_received, priority, reviewer_licensure, "
        "reviewer_specialty, age, sex, layout, pages, items, chunks, indexed_at, generation, body) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (letter.case_number, record.source, record.file_sha256, record.content_hash, letter.date_assigned,
         letter.date_of_injury, letter.decision_date, month(letter.decision_date), letter.ur_denial_date,
         letter.application_received, letter.priority, letter.reviewer_licensure, letter.reviewer_specialty,
         letter.age, letter.sex, letter.layout, letter.page_count, len(letter.items), len(stored.chunks), now,
         generation, letter_body(letter)),
    )
    letter_id = cur.lastrowid
    item_ids: dict[int, int] = {}
    for item in letter.items:
        item_ids[item.index] = _insert_item(db, letter, item, letter_id)
    db.executemany(
        "INSERT INTO chunks(chunk_id, vector_id, letter_id, item_id, section, window, span_start, span_end, pages, "
        "tokens, text, vec_row) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [(c.id, vid, letter_id, item_ids.get(c.item_index) if c.section == "item" else None, c.section, c.window,
          c.span[0], c.span[1], ",".join(map(str, c.pages)), c.tokens, c.text, row)
         for c, vid, row in zip(stored.chunks, stored.vector_ids, stored.vec_rows)],
    )


def _insert_item(db: sqlite3.Connection, letter: Letter, item: Item, letter_id: int) -> int:
    day = int(letter.decision_date.replace("-", "")) if letter.decision_date else None
    cur = db.execute(
        "INSERT INTO items(letter_id, case_number, item_index, request, title, decision, category, decision_date, "
        "decision_day, decision_month, heading_page) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (letter_id, letter.case_number, item.index, item.request, item.title or item.request, item.decision,
         item.category or "unclassified", letter.decision_date, day, month(letter.decision_date),
         item.pages[0] if item.pages else 1),
    )
    item_id = cur.lastrowid
    insert_labels(db, item, item_id)
    return item_id


def insert_labels(db: sqlite3.Connection, item: Item, item_id: int) -> None:
    """An item's derived rows: regions, treatment sets, reasons, sentence roles, guideline parts."""
    db.executemany("INSERT OR IGNORE INTO item_regions VALUES (?, ?)", [(item_id, r) for r in item.body_regions])
    db.executemany("INSERT OR IGNORE INTO item_treatments VALUES (?, ?)", [(item_id, t) for t in item.treatments])
    db.executemany("INSERT OR IGNORE INTO item_reasons VALUES (?, ?, ?)",
                   [(item_id, r.code, json.dumps([list(s) for s in r.spans])) for r in item.reasons])
    db.executemany('INSERT INTO sentences(item_id, n, start, "end", role) VALUES (?,?,?,?,?)',
                   [(item_id, n, s.span[0], s.span[1], s.role) for n, s in enumerate(item.sentences)])
    for side, guide in (("maximus", item.maximus_guideline), ("claims", item.claims_administrator_guideline)):
        for n, part in enumerate(guide.parts):
            db.execute(
                "INSERT INTO guideline_parts VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (item_id, side, n, part.family, part.name, part.chapter, part.year, part.topic,
                 ",".join(part.pages), part.url, part.host, part.title))
            db.executemany("INSERT INTO guideline_sections VALUES (?,?,?,?)",
                           [(item_id, side, n, s) for s in part.sections])
