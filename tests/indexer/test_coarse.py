"""The coarse lists file (indexer.coarse): trained when due, kept level with the vector file by
appends, repaired after a torn append, trained afresh when the index has grown or been replaced."""

from __future__ import annotations

import numpy as np
import pytest

from indexer import coarse
from indexer.coarse import CoarseLists, assign, list_count, train


def clustered(n: int, *, seed: int = 0, clusters: int = 8) -> np.ndarray:
    """`n` unit float16 rows of 384 values around `clusters` random directions."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((clusters, 384))
    rows = centres[rng.integers(0, clusters, n)] + 0.3 * rng.standard_normal((n, 384))
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float16)


@pytest.fixture
def small(monkeypatch):
    monkeypatch.setattr(coarse, "MIN_ROWS", 1000)


def test_list_count_grows_as_twice_the_square_root_within_bounds():
    assert [list_count(n) for n in (100, 20_000, 1_000_000, 10**8)] == [64, 283, 2000, 4096]


def test_train_finds_the_clusters_and_assign_takes_the_nearest_centroid():
    rows = clustered(800, clusters=4).astype(np.float32)
    centroids = train(rows, 4, seed=1)
    assert centroids.shape == (4, 384) and centroids.dtype == np.float32
    assert np.allclose(np.linalg.norm(centroids, axis=1), 1.0, atol=1e-5)
    got = assign(rows, centroids)
    assert got.dtype == np.uint16 and np.array_equal(got, np.argmax(rows @ centroids.T, axis=1))
    assert sorted(np.bincount(got, minlength=4) > 150) == [True] * 4  # four lists, none starved


def test_no_lists_below_min_rows(tmp_path, small):
    lists = CoarseLists(tmp_path / "vectors.lists")
    assert lists.sync(clustered(999)) == "none"
    assert lists.read() is None and not lists.path.exists()


def test_sync_trains_then_appends_then_trains_again(tmp_path, small):
    lists = CoarseLists(tmp_path / "vectors.lists")
    matrix = clustered(4000)
    assert lists.sync(matrix[:2000]) == "trained 89; grouped 2000"
    centroids, assigned = lists.read()
    assert centroids.shape == (89, 384) and len(assigned) == 2000 and lists.trained_rows() == 2000
    assert np.array_equal(assigned, assign(matrix[:2000], centroids))
    assert lists.sync(matrix[:2000]) == "none"
    assert lists.sync(matrix[:2500]) == "assigned 500"  # a quarter of the 2,000 grouped: not yet
    centroids2, assigned2 = lists.read()
    assert np.array_equal(centroids2, centroids) and np.array_equal(assigned2, assign(matrix[:2500], centroids))
    with open(lists.path, "ab") as f:  # a crash mid-append: half an entry
        f.write(b"\x01")
    assert lists.sync(matrix[:2600]) == "assigned 100; grouped 2600"  # 600 rows since: over a quarter
    assert len(lists.read()[1]) == 2600 and (lists.path.stat().st_size - coarse.HEADER.size - 89 * 384 * 4) == 5200
    assert lists.sync(matrix[:3999]) == "assigned 1399; grouped 3999"  # 3,999 rows: under 4 x 2,000
    assert lists.sync(np.concatenate([matrix, matrix])) == "trained 179; grouped 8000"  # 8,000 rows: 4 x 2,000
    assert lists.trained_rows() == 8000 and len(lists.read()[1]) == 8000


def test_a_vector_file_shorter_than_the_lists_is_trained_afresh(tmp_path, small):
    lists = CoarseLists(tmp_path / "vectors.lists")
    matrix = clustered(3000)
    assert lists.sync(matrix) == "trained 110; grouped 3000"
    assert lists.sync(matrix[:2000]) == "trained 89; grouped 2000"  # the folder's vector file was replaced
    assert len(lists.read()[1]) == 2000


def test_a_file_that_is_not_a_lists_file_is_not_read(tmp_path):
    path = tmp_path / "vectors.lists"
    path.write_bytes(b"something else entirely, long enough for a header")
    assert CoarseLists(path).read() is None and CoarseLists(path).trained_rows() == 0
