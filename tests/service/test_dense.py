"""Dense candidates under filters: exact over the warm vectors, never starved, never leaking."""

from __future__ import annotations

import numpy as np
import pytest

from service import vectors as vectors_module
from service.engine import Engine
from service.filters import to_where
from service.retrieve import dense_candidates
from service.vectors import Vectors


def test_top_ranks_rows_by_cosine_within_the_rows_asked_for(monkeypatch):
    monkeypatch.setattr(vectors_module, "BLOCK", 2)  # several blocks for five rows
    matrix = np.array([[1, 0], [0, 1], [0.6, 0.8], [-1, 0], [0.8, 0.6]], dtype=np.float32)
    vec = Vectors(matrix)
    assert vec.matrix.dtype == np.float16
    got = vec.top(np.array([1.0, 0.0]), 3)
    assert [row for row, _ in got] == [0, 4, 2]
    assert [round(sim, 3) for _, sim in got] == [1.0, 0.8, 0.6]
    assert [row for row, _ in vec.top(np.array([1.0, 0.0]), 5, np.array([1, 3]))] == [1, 3]
    assert vec.top(np.array([1.0, 0.0]), 2, np.array([], dtype=np.int64)) == []


@pytest.fixture(scope="module")
def engine(sample_fake_index):
    return Engine(*sample_fake_index)


def exact(engine: Engine, vector: np.ndarray, where: dict, n: int) -> list[str]:
    """Brute force from the store itself: every chunk `where` keeps, ranked by cosine."""
    got = engine.store.chunks.get(where=where, include=["embeddings"])
    sims = np.asarray(got["embeddings"], dtype=np.float32) @ vector
    order = np.argsort(-sims, kind="stable")[:n]
    return [got["ids"][i] for i in order]


@pytest.mark.parametrize(
    "question, filters",
    [
        # a narrow filter far from the question: the plain neighbour list holds none of it
        ("lumbar spine MRI low back pain radiculopathy", {"category": "occupational therapy", "body_region": "wrist/hand"}),
        ("acupuncture sessions for chronic neck pain", {"decision": "Overturned"}),
        ("opioid tapering hydrocodone", {"category": "imaging"}),
    ],
)
def test_filtered_candidates_are_the_exact_nearest_matches(engine, question, filters):
    where = to_where(filters)
    vector = engine.embed_query(question)
    kept = engine.store.chunks.get(where=where, include=[])["ids"]
    assert 0 < len(kept) < 0.25 * len(engine.lexical())  # a selective filter
    got = dense_candidates(engine, vector, 10, where)
    assert [cid for cid, *_ in got] == exact(engine, vector, where, 10)[: len(got)]
    assert len(got) == min(10, len(kept))  # never starved
    for _cid, sim, _doc, meta in got:
        assert meta["section"] == "item"
        for name, value in filters.items():
            assert value in meta["body_regions"] if name == "body_region" else meta[name] == value
        assert -1.0 <= sim <= 1.0


def test_broad_filter_keeps_only_matching_neighbours(engine):
    where = to_where({"decision": "Upheld"})
    vector = engine.embed_query("physical therapy visits for the shoulder")
    got = dense_candidates(engine, vector, 10, where)
    assert len(got) == 10
    assert {meta["decision"] for *_rest, meta in got} == {"Upheld"}
    sims = [sim for _cid, sim, _doc, _meta in got]
    assert sims == sorted(sims, reverse=True)


def test_filter_that_keeps_nothing_gives_nothing(engine):
    where = to_where({"case_number": "CM99-0000000"})
    assert dense_candidates(engine, engine.embed_query("MRI"), 10, where) == []
