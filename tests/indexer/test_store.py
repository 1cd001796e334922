"""The index folder: catalog rows, vector file, Chroma vectors and the journal that keeps them consistent."""

from __future__ import annotations

import time
from pathlib import Path

import msgspec
import numpy as np
import pytest

from indexer.catalog_schema import LetterRecord, vector_id
from indexer.chroma import HNSW
from indexer.errors import ImrError, IndexMissingError
from indexer.model import Chunk, CitationPart, Guideline, Item, Letter, Reason, Sentence
from indexer.settings import Settings
from indexer.store import Store, open_store


def _vec(*hot: tuple[int, float]) -> np.ndarray:
    v = np.zeros(384, dtype=np.float32)
    for i, x in hot:
        v[i] = x
    return v / np.linalg.norm(v)


TEXT = ("Case Number: CM16-0000001\fMRI of the lumbar spine: Upheld\nDecision rationale: There is no red flag. "
        "Not needed.\nPhysical therapy x 6: Overturned\nDecision rationale: Six visits fit.")


def _letter(case: str = "CM16-0000001", decision: str = "Upheld", text: str = TEXT) -> Letter:
    guide = Guideline(raw="MTUS Low Back Complaints 2004, Section(s): Special Studies.",
                      source="MTUS Low Back Complaints 2004", sources=("MTUS Low Back Complaints 2004",),
                      sections=("Special Studies",),
                      parts=(CitationPart(family="MTUS", name="MTUS Low Back Complaints 2004", chapter="Low Back Complaints",
                                          year="2004", sections=("Special Studies",)),
                             CitationPart(family="ODG", name="Official Disability Guidelines (ODG)", chapter="Low Back",
                                          topic="MRIs", pages=("12",))))
    one = Item(index=1, request="MRI of the lumbar spine", decision=decision,
               claims_administrator_guideline=Guideline(raw=""), maximus_guideline=guide,
               rationale="There is no red flag. Not needed.", pages=(2,), span=(26, 102), heading_span=(26, 57),
               rationale_span=(77, 102), category="imaging", body_regions=("lumbar",), treatments=("mri",),
               title="MRI of the lumbar spine",
               sentences=(Sentence(span=(77, 98), role="finding"), Sentence(span=(99, 110), role="conclusion")),
               reasons=(Reason(code="no_objective_findings", spans=((77, 98),)),))
    two = Item(index=2, request="Physical therapy x 6", decision="Overturned",
               claims_administrator_guideline=Guideline(raw=""), maximus_guideline=Guideline(raw=""),
               rationale="Six visits fit.", pages=(2,), span=(111, 170), heading_span=(111, 142),
               rationale_span=(162, 170), category="physical therapy", body_regions=(), treatments=("physical-therapy",))
    return Letter(case_number=case, source=f"/x/{case}.pdf", text=text, page_starts=(0, 26),
                  decision_date="2016-12-19", age=48, sex="male", header_span=(0, 25), items=(one, two))


def _chunks(letter: Letter, digest: str) -> list[Chunk]:
    base = dict(case_number=letter.case_number, pages=(2,), tokens=5, content_hash=digest)
    return [
        Chunk(id=f"{letter.case_number}/summary-1", section="summary", item_index=0, text="A 48 year old man.",
              span=(0, 25), **base),
        Chunk(id=f"{letter.case_number}/item-1/rationale-1", section="item", item_index=1,
              text="MRI of the lumbar spine: Upheld. There is no red flag.", span=(26, 102), **base),
        Chunk(id=f"{letter.case_number}/item-2/rationale-1", section="item", item_index=2,
              text="Physical therapy x 6: Overturned. Six visits fit.", span=(111, 170), **base),
    ]


VECTORS = np.stack([_vec((0, 1.0)), _vec((0, 0.6), (1, 0.8)), _vec((1, 1.0))])


def _record(letter: Letter, digest: str) -> LetterRecord:
    return LetterRecord(case_number=letter.case_number, content_hash=digest, source=letter.source,
                        file_sha256="f-" + digest, chunks=3)


@pytest.fixture
def store(settings: Settings) -> Store:
    s = open_store(settings)
    letter = _letter()
    s.store_letters([(letter, _record(letter, "h1"), _chunks(letter, "h1"))], VECTORS)
    return s


def test_letter_round_trips_with_its_rows(store: Store) -> None:
    letter = _letter()
    assert store.get_letter("CM16-0000001") == letter
    assert store.get_letter("CM99-0000000") is None
    record = store.letter_records()["CM16-0000001"]
    assert record.indexed_at > 0 and msgspec.structs.replace(record, indexed_at=0.0) == _record(letter, "h1")
    assert (store.count(), store.letter_count(), store.letter_ids()) == (3, 1, {"CM16-0000001"})
    q = store.catalog.query
    assert q("SELECT item_index, request, title, decision, category, decision_day, decision_month FROM items "
             "ORDER BY item_index") == [
        (1, "MRI of the lumbar spine", "MRI of the lumbar spine", "Upheld", "imaging", 20161219, "2016-12"),
        (2, "Physical therapy x 6", "Physical therapy x 6", "Overturned", "physical therapy", 20161219, "2016-12"),
    ]
    assert q("SELECT region FROM item_regions") == [("lumbar",)]
    assert sorted(q("SELECT treatment FROM item_treatments")) == [("mri",), ("physical-therapy",)]
    assert q("SELECT code, spans FROM item_reasons") == [("no_objective_findings", "[[77, 98]]")]
    assert q('SELECT n, start, "end", role FROM sentences') == [(0, 77, 98, "finding"), (1, 99, 110, "conclusion")]
    assert q("SELECT side, n, family, chapter, year, topic, pages FROM guideline_parts ORDER BY n") == [
        ("maximus", 0, "MTUS", "Low Back Complaints", "2004", "", ""),
        ("maximus", 1, "ODG", "Low Back", "", "MRIs", "12"),
    ]
    assert q("SELECT part, section FROM guideline_sections") == [(0, "Special Studies")]
    assert q("SELECT sex, age, decision_month, pages, items, chunks FROM letters") == [("male", 48, "2016-12", 2, 2, 3)]


def test_vectors_go_to_the_file_and_to_chroma_under_versioned_ids(store: Store) -> None:
    rows = store.catalog.query("SELECT chunk_id, vector_id, vec_row, item_id IS NULL FROM chunks ORDER BY id")
    assert rows == [
        ("CM16-0000001/summary-1", "CM16-0000001/summary-1@h1", 0, 1),
        ("CM16-0000001/item-1/rationale-1", "CM16-0000001/item-1/rationale-1@h1", 1, 0),
        ("CM16-0000001/item-2/rationale-1", "CM16-0000001/item-2/rationale-1@h1", 2, 0),
    ]
    matrix = store.vectors.map()
    assert matrix.dtype == np.float16 and matrix.shape == (3, 384)
    assert np.allclose(matrix.astype(np.float32), VECTORS, atol=1e-3)
    assert store.chroma.count() == 3
    assert store.nearest(VECTORS[2], k=3) == [
        ("CM16-0000001/item-2/rationale-1", pytest.approx(1.0, abs=1e-4)),
        ("CM16-0000001/item-1/rationale-1", pytest.approx(0.8, abs=1e-4)),
        ("CM16-0000001/summary-1", pytest.approx(0.0, abs=1e-4)),
    ]
    assert [cid for cid, _ in store.nearest(VECTORS[2], k=3, section="item")] == [
        "CM16-0000001/item-2/rationale-1", "CM16-0000001/item-1/rationale-1"]
    assert store.chroma.configuration()["ef_search"] == HNSW["ef_search"] == 200
    assert store.chroma.configuration()["space"] == "cosine"


def test_a_changed_letter_replaces_its_rows_and_vectors(store: Store) -> None:
    generation = store.catalog.generation()
    letter = _letter(decision="Overturned")
    store.store_letters([(letter, _record(letter, "h2"), _chunks(letter, "h2")[:2])], VECTORS[:2])
    assert store.catalog.generation() == generation + 1
    assert store.get_letter("CM16-0000001").items[0].decision == "Overturned"
    assert store.chunk_ids() == ["CM16-0000001/item-1/rationale-1", "CM16-0000001/summary-1"]
    assert sorted(store.chroma.ids()) == ["CM16-0000001/item-1/rationale-1@h2", "CM16-0000001/summary-1@h2"]
    assert store.catalog.query("SELECT count(*) FROM journal") == [(0,)]
    # the replaced rows are tombstones for the lexical segment; vector rows are appended, never reused
    assert [r[0] for r in store.catalog.query("SELECT chunk FROM tombstones ORDER BY chunk")] == [1, 2, 3]
    assert store.catalog.query("SELECT vec_row FROM chunks ORDER BY id") == [(3,), (4,)]
    assert store.vectors.rows() == 5


def test_delete_removes_every_row_and_vector(store: Store) -> None:
    other = _letter("CM17-0000002")
    store.store_letters([(other, _record(other, "h9"), _chunks(other, "h9"))], VECTORS)
    assert store.delete_letters(["CM16-0000001"]) == 3
    assert store.delete_letter("CM16-0000001") == 0
    assert store.letter_ids() == {"CM17-0000002"}
    assert store.catalog.query("SELECT count(*) FROM items") == [(2,)]
    assert store.catalog.query("SELECT count(*) FROM item_regions") == [(1,)]
    assert sorted(store.chroma.ids()) == [f"CM17-0000002/{p}@h9" for p in
                                          ("item-1/rationale-1", "item-2/rationale-1", "summary-1")]


def test_an_interrupted_write_is_repaired_by_the_next_writer(store: Store, settings: Settings) -> None:
    """Vectors written to Chroma whose letter never committed (a crash between the two) are
    listed in the journal; the next writer deletes them, and nobody ever answers with them."""
    letter = _letter("CM17-0000003")
    chunks = _chunks(letter, "h3")
    ids = [vector_id(c) for c in chunks]
    store.catalog.journal_adds(ids)
    store.chroma.upsert(ids, VECTORS)  # ... and the process dies here
    assert store.chroma.count() == 6
    assert [cid for cid, _ in store.nearest(VECTORS[0], k=6)] == ["CM16-0000001/summary-1",
                                                                  "CM16-0000001/item-1/rationale-1",
                                                                  "CM16-0000001/item-2/rationale-1"]
    again = Store(settings)
    with again.writing():
        pass
    assert again.chroma.count() == 3
    assert again.catalog.query("SELECT count(*) FROM journal") == [(0,)]


def test_data_persists_across_openings(store: Store, settings: Settings) -> None:
    again = Store(settings)
    assert again.count() == 3 and again.get_letter("CM16-0000001") == _letter()


def test_a_missing_index_is_an_error_unless_creating(tmp_path: Path) -> None:
    settings = Settings.from_env({}, db=tmp_path / "typo")
    with pytest.raises(IndexMissingError, match=f"no index at {tmp_path / 'typo'}: run `imr index LETTERS --db"):
        open_store(settings, create=False)
    assert not (tmp_path / "typo").exists()
    open_store(settings)
    assert (tmp_path / "typo" / "catalog.sqlite").exists()
    assert open_store(settings, create=False).count() == 0


def test_documents_live_in_the_index_folder_by_default(tmp_path: Path) -> None:
    assert Settings.from_env({"IMR_DB": str(tmp_path / "ix")}).docs == tmp_path / "ix" / "documents"
    assert Settings.from_env({"IMR_DB": "x", "IMR_DOCS": str(tmp_path / "d")}).docs == tmp_path / "d"
    assert Settings.from_env({}).db == Path("data/index")


def test_bad_chroma_url_is_a_clear_error(tmp_path: Path) -> None:
    store = open_store(Settings.from_env({}, db=tmp_path / "db", chroma_url="nonsense"))
    with pytest.raises(ImrError, match="not a URL"):
        store.chroma


def test_the_stamp_is_the_writers_clock(store: Store) -> None:
    before = time.time()
    letter = _letter("CM17-0000004")
    store.store_letters([(letter, _record(letter, "h4"), [])], np.zeros((0, 384), dtype=np.float32))
    assert before <= store.letter_records()["CM17-0000004"].indexed_at <= time.time()


def test_the_catalog_gives_the_query_planner_statistics(store: Store) -> None:
    """300 letters whose first item is Upheld: without statistics SQLite reads the decision index
    (every Upheld item) to find one case's items."""
    from indexer.catalog_schema import Stored

    batch = []
    for n in range(2, 302):
        letter = _letter(f"CM16-{n:07d}")
        chunks = _chunks(letter, "h1")
        batch.append(Stored(letter, _record(letter, "h1"), chunks, [vector_id(c) for c in chunks], [0, 1, 2]))
    store.catalog.write_letters(batch)
    sql = "EXPLAIN QUERY PLAN SELECT i.id FROM items i WHERE i.decision = ? AND i.case_number = ?"
    assert "items_decision" in store.catalog.query(sql, ("Upheld", "CM16-0000007"))[0][-1]
    store.catalog.analyze()
    assert store.catalog.query("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'") == [(1,)]
    assert "sqlite_autoindex_items_1 (case_number=?)" in store.catalog.query(sql, ("Upheld", "CM16-0000007"))[0][-1]


def test_chroma_indexes_items_and_summaries_apart_and_nothing_else(store: Store) -> None:
    other = _letter("CM17-0000004")
    chunks = _chunks(other, "h4") + [Chunk(id="CM17-0000004/header-1", section="header", item_index=0,
                                           text="Case Number: CM17-0000004", span=(0, 25), case_number=other.case_number,
                                           pages=(1,), tokens=5, content_hash="h4")]
    store.store_letters([(other, _record(other, "h4"), chunks)], np.concatenate([VECTORS, VECTORS[:1]]))
    assert store.vectors.rows() == 7 and store.count() == 7  # every chunk keeps its vector in the file
    assert "CM17-0000004/header-1@h4" not in store.chroma.ids() and store.chroma.count() == 6
    assert sorted(store.chroma.summaries.ids()) == ["CM16-0000001/summary-1@h1", "CM17-0000004/summary-1@h4"]
    # the summary's own vector: the item index answers with items only, the summary index with summaries
    assert {vid.split("/")[1] for vid, _ in store.chroma.nearest(VECTORS[0], 3, "item")} == {"item-1", "item-2"}
    assert sorted(vid for vid, _ in store.chroma.nearest(VECTORS[0], 3, "summary")) == [
        "CM16-0000001/summary-1@h1", "CM17-0000004/summary-1@h4"]
    assert store.delete_letter("CM17-0000004") == 4
    assert store.chroma.count() == 3 and store.catalog.query("SELECT count(*) FROM journal") == [(0,)]
