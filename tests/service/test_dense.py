"""Dense candidates: exact under selective filters and on small indexes, Chroma's HNSW otherwise,
never starved, never leaking a row the filter excludes, never a row the catalog no longer has."""

from __future__ import annotations

import numpy as np
import pytest

from service import nearest as nearest_module
from service import vectors as vectors_module
from service.engine import Engine
from service.filters import item_condition


def test_top_ranks_rows_by_cosine_within_the_rows_asked_for(monkeypatch):
    monkeypatch.setattr(vectors_module, "BLOCK", 2)  # several blocks for five rows
    matrix = np.array([[1, 0], [0, 1], [0.6, 0.8], [-1, 0], [0.8, 0.6]], dtype=np.float16)
    got = vectors_module.top(matrix, np.array([1.0, 0.0]), np.arange(5), 3)
    assert [row for row, _ in got] == [0, 4, 2]
    assert [round(sim, 3) for _, sim in got] == [1.0, 0.8, 0.6]
    assert [row for row, _ in vectors_module.top(matrix, np.array([1.0, 0.0]), np.array([3, 1]), 5)] == [1, 0]
    assert vectors_module.top(matrix, np.array([1.0, 0.0]), np.array([], dtype=np.int64), 2) == []


def test_half_table_is_numpys_conversion_of_every_float16_bit_pattern():
    patterns = np.arange(1 << 16, dtype=np.uint32).astype(np.uint16)
    expected = patterns.view(np.float16).astype(np.float32).view(np.uint32)  # NaN payloads too
    assert np.array_equal(vectors_module.HALF[patterns].view(np.uint32), expected)


def test_top_scores_are_those_of_float32_rows_to_the_bit(monkeypatch):
    monkeypatch.setattr(vectors_module, "BLOCK", 64)
    rng = np.random.default_rng(3)
    matrix = (rng.standard_normal((500, 384)) / 20).astype(np.float16)
    matrix[7, :5] = [6e-8, -6e-8, 0.0, -0.0, 65504.0]  # float16 subnormals, zeros, the largest value
    query = rng.standard_normal(384).astype(np.float32)
    rows = rng.choice(500, 300, replace=False)
    got = vectors_module.top(matrix, query, rows, 300)
    sims = np.empty(300, dtype=np.float32)
    for start in range(0, 300, 64):  # the same float32 products, block by block in file order
        order = np.argsort(rows, kind="stable")[start : start + 64]
        sims[order] = matrix[rows[order]].astype(np.float32) @ query
    assert [(i, s) for i, s in got] == [(int(i), float(sims[i])) for i in np.argsort(-sims, kind="stable")]


@pytest.fixture(scope="module")
def engine(sample_fake_index):
    return Engine(*sample_fake_index)


def brute_force(engine: Engine, vector: np.ndarray, filters: dict, n: int) -> list[str]:
    """Every item chunk the filters keep, from the catalog and the vector file, ranked by cosine."""
    where, params = item_condition(filters)
    rows = engine.store.catalog.query(
        f"SELECT c.chunk_id, c.vec_row FROM chunks c JOIN items i ON i.id = c.item_id WHERE {where} ORDER BY c.id",
        params)
    matrix = engine.store.vectors.map().astype(np.float32)
    sims = matrix[[r[1] for r in rows]] @ vector
    order = np.argsort(-sims, kind="stable")[:n]
    return [rows[i][0] for i in order]


def chunk_ids(engine: Engine, warm, rows) -> list[str]:
    meta = engine.rows_meta(warm, [p for p, _ in rows])
    return [meta[p]["chunk_id"] for p, _ in rows]


@pytest.mark.parametrize(
    "question, filters",
    [
        ("lumbar spine MRI low back pain radiculopathy", {"category": "occupational therapy", "body_region": "wrist/hand"}),
        ("acupuncture sessions for chronic neck pain", {"decision": "Overturned"}),
        ("opioid tapering hydrocodone", {"category": "imaging"}),
        ("physical therapy visits for the shoulder", {}),
    ],
)
def test_candidates_are_the_exact_nearest_matches(engine, question, filters):
    vector = engine.embed_query(question)
    warm = engine.warm()
    keep = engine.keep(warm, filters)
    got = engine.dense(warm, vector, 10, keep)
    expected = brute_force(engine, vector, filters, 10)
    assert chunk_ids(engine, warm, got) == expected
    assert len(got) == min(10, int(keep.sum())) > 0  # never starved


def test_hnsw_path_keeps_only_matching_rows(engine, monkeypatch):
    monkeypatch.setattr(nearest_module, "EXACT_ALL", 0)  # as on a large index: read Chroma's neighbour list
    warm = engine.warm()
    vector = engine.embed_query("physical therapy visits for the shoulder")
    keep = engine.keep(warm, {"decision": "Upheld"})
    assert keep.sum() > nearest_module.BROAD * warm.live  # a broad filter
    got = engine.dense(warm, vector, 10, keep)
    assert len(got) == 10
    meta = engine.rows_meta(warm, [p for p, _ in got])
    assert {meta[p]["decision"] for p, _ in got} == {"Upheld"} and {meta[p]["section"] for p, _ in got} == {"item"}
    sims = [sim for _p, sim in got]
    assert sims == sorted(sims, reverse=True)
    assert chunk_ids(engine, warm, got) == brute_force(engine, vector, {"decision": "Upheld"}, 10)


def test_filter_that_keeps_nothing_gives_nothing(engine):
    warm = engine.warm()
    keep = engine.keep(warm, {"case_number": "CM99-0000000"})
    assert engine.dense(warm, engine.embed_query("MRI"), 10, keep) == []


def test_summaries_join_only_when_asked_for(engine):
    warm = engine.warm()
    items = engine.keep(warm, {"category": "imaging"})
    with_summaries = engine.keep(warm, {"category": "imaging"}, summaries=True)
    meta = engine.rows_meta(warm, np.flatnonzero(with_summaries))
    sections = {m["section"] for m in meta.values()}
    assert sections == {"item", "summary"} and with_summaries.sum() > items.sum()
    letters_with_imaging = {m["case_number"] for m in meta.values() if m["section"] == "item"}
    assert {m["case_number"] for m in meta.values() if m["section"] == "summary"} == letters_with_imaging


def test_the_8_bit_scan_keeps_the_rows_nearest_the_query():
    from indexer.grouped import quantise
    from service.vectors import nearest_codes

    rng = np.random.default_rng(7)
    rows = rng.standard_normal((3000, 384)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    query = rows[11] + 0.5 * rows[22]
    query /= np.linalg.norm(query)
    codes, scales = quantise(rows)
    places = np.arange(0, 3000, 2)  # the even rows only
    kept = nearest_codes(codes, scales, query, places, 5)
    exact = places[np.argsort(-(rows[places] @ query))[:5]]
    assert sorted(kept.tolist()) == sorted(exact.tolist()) and 22 in kept.tolist()
    assert 11 not in kept.tolist()  # not among the places
    assert nearest_codes(codes, scales, query, np.array([5, 3]), 5).tolist() == [3, 5]  # fewer than k: all
