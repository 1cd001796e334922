"""Store: a real Chroma PersistentClient in tmp_path (upsert, query, filters, delete, letters)."""

from __future__ import annotations

import time
from pathlib import Path

import msgspec
import numpy as np
import pytest

from indexer.model import Chunk, Guideline, Item, Letter
from indexer.settings import Settings
from indexer.store import HNSW, LetterRecord, Store, chunk_metadata, guideline_families, open_store


def _vec(*hot: tuple[int, float]) -> np.ndarray:
    v = np.zeros(384, dtype=np.float32)
    for i, x in hot:
        v[i] = x
    return v / np.linalg.norm(v)


def _chunk(case: str, item: int, decision: str, regions: tuple[str, ...], date: str, **kw) -> Chunk:
    return Chunk(
        id=f"{case}/item-{item}/rationale-1",
        case_number=case,
        section="item",
        item_index=item,
        text=f"{case} item {item} {decision}",
        span=(100, 200),
        pages=(1, 2),
        tokens=7,
        content_hash="abc",
        request=kw.pop("request", "MRI of the lumbar spine"),
        decision=decision,
        body_regions=regions,
        decision_date=date,
        **kw,
    )


CHUNKS = [
    _chunk("CM16-0000001", 1, "Upheld", ("lumbar",), "2016-12-19", guideline_raw="MTUS Low Back Complaints 2004"),
    _chunk("CM16-0000001", 2, "Overturned", ("cervical", "lumbar"), "2016-12-19"),
    _chunk("CM17-0000002", 1, "Upheld", ("knee",), "2017-01-25", guideline_raw="ODG Knee & Leg Chapter"),
    _chunk("CM17-0000003", 1, "Overturned", (), "2017-02-10"),
]
# chunk 0 along axis 0, the others at known angles from it
VECTORS = np.stack([_vec((0, 1.0)), _vec((0, 0.6), (1, 0.8)), _vec((1, 1.0)), _vec((0, -1.0))])


@pytest.fixture
def store(settings: Settings) -> Store:
    s = open_store(settings)
    s.add_chunks(CHUNKS, VECTORS)
    return s


def test_collection_uses_cosine_and_ef_200(store: Store, settings: Settings) -> None:
    hnsw = store.chunks.configuration_json["hnsw"]
    assert hnsw["space"] == "cosine"
    assert hnsw["ef_search"] == 200
    assert hnsw["ef_construction"] == 200
    assert HNSW["max_neighbors"] == hnsw["max_neighbors"] == 32
    assert store.chunks.name == "imr_letters"
    assert store.letters.name == "imr_letters_letters"
    assert store.kind == "embedded"
    assert store.location == str(settings.db)
    store.heartbeat()


def test_query_returns_cosine_similarity(store: Store) -> None:
    (hits,) = store.query(VECTORS[:1], k=4)
    assert [h[0] for h in hits] == [
        "CM16-0000001/item-1/rationale-1",
        "CM16-0000001/item-2/rationale-1",
        "CM17-0000002/item-1/rationale-1",
        "CM17-0000003/item-1/rationale-1",
    ]
    assert [round(h[1], 4) for h in hits] == [1.0, 0.6, 0.0, -1.0]
    assert hits[0][2] == "CM16-0000001 item 1 Upheld"
    meta = hits[0][3]
    assert meta["case_number"] == "CM16-0000001"
    assert meta["decision"] == "Upheld"
    assert meta["body_regions"] == ["lumbar"]
    assert meta["pages"] == "1,2"
    assert (meta["span_start"], meta["span_end"]) == (100, 200)
    assert meta["decision_day"] == 20161219
    assert meta["guideline_families"] == ["MTUS"]


def test_query_several_vectors_at_once(store: Store) -> None:
    out = store.query(VECTORS[[2, 3]], k=1)
    assert [[h[0] for h in hits] for hits in out] == [
        ["CM17-0000002/item-1/rationale-1"],
        ["CM17-0000003/item-1/rationale-1"],
    ]
    assert [round(hits[0][1], 4) for hits in out] == [1.0, 1.0]


def test_where_filters(store: Store) -> None:
    def ids(where: dict) -> list[str]:
        return [h[0] for h in store.query(VECTORS[:1], k=10, where=where)[0]]

    assert ids({"decision": "Overturned"}) == ["CM16-0000001/item-2/rationale-1", "CM17-0000003/item-1/rationale-1"]
    assert ids({"body_regions": {"$contains": "lumbar"}}) == [
        "CM16-0000001/item-1/rationale-1",
        "CM16-0000001/item-2/rationale-1",
    ]
    assert ids({"body_regions": {"$contains": "knee"}}) == ["CM17-0000002/item-1/rationale-1"]
    assert ids({"$and": [{"decision_day": {"$gte": 20170101}}, {"decision_day": {"$lte": 20170131}}]}) == [
        "CM17-0000002/item-1/rationale-1"
    ]
    assert ids({"$and": [{"decision": "Upheld"}, {"body_regions": {"$contains": "lumbar"}}]}) == [
        "CM16-0000001/item-1/rationale-1"
    ]
    assert ids({"guideline_families": {"$contains": "ODG"}}) == ["CM17-0000002/item-1/rationale-1"]
    assert ids({"decision": "Modified"}) == []


def test_upsert_replaces_and_delete_removes(store: Store) -> None:
    assert store.count() == 4
    changed = _chunk("CM17-0000002", 1, "Overturned", ("knee",), "2017-01-25")
    store.add_chunks([changed], VECTORS[2:3])
    assert store.count() == 4
    (hits,) = store.query(VECTORS[2:3], k=1)
    assert hits[0][3]["decision"] == "Overturned"
    assert store.delete_chunks_of("CM16-0000001", keep=["CM16-0000001/item-1/rationale-1"]) == 1
    assert store.count() == 3
    assert store.delete_letter("CM16-0000001") == 1
    assert store.delete_letter("CM16-0000001") == 0
    assert store.count() == 2
    assert sorted(i for i, _, _ in store.all_chunks(batch=1)) == [
        "CM17-0000002/item-1/rationale-1",
        "CM17-0000003/item-1/rationale-1",
    ]
    store.add_chunks([], np.zeros((0, 384), dtype=np.float32))
    assert store.count() == 2


def test_data_persists_across_clients(store: Store, settings: Settings) -> None:
    again = Store(settings)
    assert again.count() == 4
    assert [h[0] for h in again.query(VECTORS[:1], k=1)[0]] == ["CM16-0000001/item-1/rationale-1"]


def _letter() -> Letter:
    text = "Case Number: CM16-0000001\fMRI of the lumbar spine: Upheld\nDecision rationale: Not needed."
    guide = Guideline(raw="MTUS Low Back Complaints 2004, Section(s): Special Studies.",
                      source="MTUS Low Back Complaints 2004", sources=("MTUS Low Back Complaints 2004",),
                      sections=("Special Studies",))
    item = Item(
        index=1, request="MRI of the lumbar spine", decision="Upheld", claims_administrator_guideline=Guideline(raw=""),
        maximus_guideline=guide, rationale="Not needed.", pages=(2,), span=(26, 89), heading_span=(26, 57),
        rationale_span=(78, 89), category="imaging", body_regions=("lumbar",),
    )
    return Letter(
        case_number="CM16-0000001", source="/x/CM16-0000001.pdf", text=text, page_starts=(0, 26),
        decision_date="2016-12-19", age=48, sex="male", header_span=(0, 25), items=(item,),
    )


def test_get_letter_round_trips_and_records(settings: Settings) -> None:
    store = open_store(settings)
    letter = _letter()
    assert store.get_letter("CM16-0000001") is None
    record = LetterRecord(case_number="CM16-0000001", content_hash="h1", source="/x/CM16-0000001.pdf",
                          file_sha256="f1", chunks=3)
    before = time.time()
    store.put_letter(letter, record)
    assert store.get_letter("CM16-0000001") == letter
    stored = store.letter_records()["CM16-0000001"]
    assert before <= stored.indexed_at <= time.time()  # stamped by the store
    assert msgspec.structs.replace(stored, indexed_at=0.0) == record
    assert store.letter_count() == 1
    assert store.letter_ids() == {"CM16-0000001"}
    assert store.letters_since(before) == {"CM16-0000001": "h1"}
    # a second put replaces the record, and stamps it again
    time.sleep(0.01)
    second = time.time()
    store.put_letter(letter, LetterRecord(case_number="CM16-0000001", content_hash="h2", source="/y.pdf",
                                          file_sha256="f2", chunks=1))
    assert store.letter_records()["CM16-0000001"].content_hash == "h2"
    assert store.letters_since(second) == {"CM16-0000001": "h2"}
    assert store.letters_since(time.time() + 1) == {}
    assert store.letter_count() == 1
    store.delete_letter("CM16-0000001")
    assert store.get_letter("CM16-0000001") is None
    assert store.letter_records() == {}
    assert store.letter_ids() == set()


def test_metadata_is_flat_and_omits_empty_lists() -> None:
    meta = chunk_metadata(CHUNKS[3])
    assert "body_regions" not in meta and "guideline_families" not in meta
    assert meta["age"] == -1
    assert meta["decision_day"] == 20170210
    assert all(isinstance(v, (str, int, float, bool, list)) for v in meta.values())
    # "Non-MTUS" and "outside of the MTUS" do not make a citation an MTUS one
    assert guideline_families(
        "The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. "
        "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Hips & Pelvis Chapter, X-Ray."
    ) == ["ODG"]
    assert guideline_families(
        "Decision based on MTUS Low Back Complaints 2004, Section(s): Summary. "
        "Decision based on Non-MTUS Citation ACOEM Occupational Medicine Practice Guidelines"
    ) == ["MTUS", "ACOEM"]
    assert guideline_families("Decision based on Non-MTUS Citation ODG Knee") == ["ODG"]
    # An ACOEM chapter cited under MTUS is family MTUS; a page cited by URL is "other".
    assert guideline_families("MTUS ACOEM Chapter 12") == ["MTUS"]
    assert guideline_families(
        "Decision based on Non-MTUS Citation ODG Low Back. Decision based on Non-MTUS Citation "
        "https://www.ncbi.nlm.nih.gov/pubmed/123"
    ) == ["ODG", "other"]
    assert guideline_families("The Expert Reviewer did not cite any medical evidence for its decision.") == []
    assert guideline_families("") == []


def test_bad_chroma_url_is_a_clear_error(tmp_path: Path) -> None:
    from indexer.errors import ImrError

    with pytest.raises(ImrError, match="not a URL"):
        open_store(Settings.from_env({}, db=tmp_path / "db", chroma_url="nonsense"))
