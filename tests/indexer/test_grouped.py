"""The grouped copy of the vector file (indexer.grouped): the rows list by list, whole or not
read at all, written afresh by the lists' writer when due (indexer.coarse)."""

from __future__ import annotations

import numpy as np
import pytest

from indexer import coarse, grouped
from indexer.coarse import CoarseLists


def rows(n: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    data = rng.standard_normal((n, 384))
    return (data / np.linalg.norm(data, axis=1, keepdims=True)).astype(np.float16)


def test_the_copy_holds_every_row_list_by_list(tmp_path):
    matrix = rows(10)
    assigned = np.array([2, 0, 2, 1, 0, 2, 2, 0, 1, 2], dtype=np.uint16)
    assert grouped.write(tmp_path / "vectors.grouped", matrix, assigned, 4, 77) == 10
    got = grouped.read(tmp_path / "vectors.grouped")
    assert (got.lists, got.trained, len(got)) == (4, 77, 10)
    assert got.starts.tolist() == [0, 3, 5, 10, 10]  # list 3 is empty
    assert got.rows.tolist() == [1, 4, 7, 3, 8, 0, 2, 5, 6, 9]
    codes, scales = grouped.quantise(matrix[got.rows])
    assert np.array_equal(got.codes, codes) and np.array_equal(got.scales, scales)
    assert got.codes.dtype == np.int8 and np.abs(got.codes).max(axis=1).tolist() == [127] * 10
    restored = got.codes.astype(np.float32) * got.scales[:, None]
    assert np.abs(restored - matrix[got.rows].astype(np.float32)).max() <= got.scales.max() / 2 + 1e-7
    assert grouped.header(tmp_path / "vectors.grouped") == (4, 77, 10)


def test_quantise_keeps_each_value_within_half_a_step():
    codes, scales = grouped.quantise(np.array([[0.5, -0.25, 0.0, 0.127], [0.0, 0.0, 0.0, 0.0]], dtype=np.float32))
    assert codes.tolist() == [[127, -64, 0, 32], [0, 0, 0, 0]]
    assert scales.tolist() == pytest.approx([0.5 / 127, 1.0])


def test_a_copy_in_blocks_is_the_same(tmp_path, monkeypatch):
    monkeypatch.setattr(grouped, "BLOCK", 3)  # rows gathered 3 at a time, out of file order
    matrix = rows(50, seed=1)
    assigned = (np.arange(50) * 7 % 5).astype(np.uint16)
    grouped.write(tmp_path / "g", matrix, assigned, 5, 1)
    got = grouped.read(tmp_path / "g")
    assert np.array_equal(got.codes, grouped.quantise(matrix[got.rows])[0])
    assert got.rows.tolist() == sorted(range(50), key=lambda r: (assigned[r], r))


def test_a_file_cut_short_or_of_another_kind_is_not_read(tmp_path):
    path = tmp_path / "vectors.grouped"
    grouped.write(path, rows(10), np.zeros(10, dtype=np.uint16), 2, 5)
    whole = path.read_bytes()
    path.write_bytes(whole[:-384])  # the last row's codes missing
    assert grouped.read(path) is None
    path.write_bytes(b"not a grouped copy at all, long enough for a header" * 2)
    assert grouped.read(path) is None and grouped.header(path) is None
    assert grouped.read(tmp_path / "absent") is None


def test_the_lists_writer_copies_again_when_a_quarter_more_rows_came_or_the_lists_were_trained(tmp_path, monkeypatch):
    monkeypatch.setattr(coarse, "MIN_ROWS", 1000)
    lists = CoarseLists(tmp_path / "vectors.lists")
    matrix = rows(6000, seed=2)
    assert lists.sync(matrix[:1000]) == "trained 64; grouped 1000"
    assert lists.sync(matrix[:1250]) == "assigned 250"
    assert len(lists.grouped_rows()) == 1000  # the 250 rows since are read from the vector file
    assert lists.sync(matrix[:1251]) == "assigned 1; grouped 1251"
    copy = lists.grouped_rows()
    assert np.array_equal(copy.codes, grouped.quantise(matrix[copy.rows])[0])
    assert np.array_equal(np.sort(copy.rows), np.arange(1251))
    centroids, assigned = lists.read()
    assert all(np.all(assigned[copy.rows[a:b]] == c) for c, (a, b) in enumerate(zip(copy.starts[:-1], copy.starts[1:])))
    assert lists.sync(matrix[:4000]) == "trained 126; grouped 4000"
    assert lists.grouped_rows().trained == 4000


def test_a_copy_of_other_lists_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setattr(coarse, "MIN_ROWS", 1000)
    lists = CoarseLists(tmp_path / "vectors.lists")
    matrix = rows(1000, seed=3)
    lists.sync(matrix)
    grouped.write(lists.grouped_path, matrix, np.zeros(1000, dtype=np.uint16), 64, 999)  # another training
    assert lists.grouped_rows() is None
    assert lists.sync(matrix) == "none; grouped 1000"
    assert lists.grouped_rows().trained == 1000


@pytest.mark.parametrize("populate", [False, True])
def test_reading_with_or_without_populate_gives_the_same_rows(tmp_path, populate):
    matrix = rows(20, seed=4)
    grouped.write(tmp_path / "g", matrix, np.arange(20, dtype=np.uint16) % 3, 3, 1)
    got = grouped.read(tmp_path / "g", populate=populate)
    assert np.array_equal(got.codes, grouped.quantise(matrix[got.rows])[0])
