"""The vector file's reading view: segments mapped once, a grown file maps only its new rows, and
rows gathered across segments are the file's rows."""

from __future__ import annotations

import numpy as np
import pytest

from indexer import vectorfile
from indexer.vectorfile import VectorFile


def rows(n: int, start: int = 0) -> np.ndarray:
    out = np.zeros((n, 384), dtype=np.float16)
    out[:, 0] = np.arange(start, start + n)
    out[:, 1] = 0.5
    return out


def test_view_gathers_rows_across_segments(tmp_path, monkeypatch):
    monkeypatch.setattr(vectorfile, "SEGMENT_ROWS", 16)  # 16 rows of 768 bytes: 3 pages a segment
    vf = VectorFile(tmp_path / "vectors.f16")
    assert vf.append(rows(50)) == range(0, 50)
    view = vf.view(50)
    assert len(view) == 50 and [len(s) for s in view.segments] == [16, 16, 16, 2]
    wanted = np.array([0, 15, 16, 17, 40, 48, 49])
    out = np.empty((len(wanted), 384), dtype=np.float16)
    view.take(wanted, out)
    assert out[:, 0].tolist() == [0, 15, 16, 17, 40, 48, 49] and set(out[:, 1].tolist()) == {0.5}
    view.take(np.array([33, 34]), out[:2])
    assert out[:2, 0].tolist() == [33, 34]


def test_a_grown_file_maps_only_its_new_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(vectorfile, "SEGMENT_ROWS", 16)
    vf = VectorFile(tmp_path / "vectors.f16")
    vf.append(rows(20))
    first = vf.view(20)
    vf.append(rows(30, start=20))
    again = vf.view(20)  # covers what was asked: nothing mapped again
    assert len(again) == 20 and all(a is b for a, b in zip(again.segments, first.segments, strict=True))
    grown = vf.view(50)
    assert [len(s) for s in grown.segments] == [16, 16, 16, 2]
    assert grown.segments[0] is first.segments[0]  # the full segment stays mapped as it was
    assert first.segments[1].shape == (4, 384)  # a view already handed out never changes
    out = np.empty((3, 384), dtype=np.float16)
    grown.take(np.array([19, 20, 49]), out)
    assert out[:, 0].tolist() == [19, 20, 49]


def test_a_missing_file_is_an_empty_view(tmp_path):
    assert len(VectorFile(tmp_path / "none.f16").view(10)) == 0


def test_the_row_reader_reads_scattered_rows_and_runs_without_mapping(tmp_path):
    vf = VectorFile(tmp_path / "vectors.f16")
    data = np.random.default_rng(3).standard_normal((40, 384)).astype(np.float16)
    vf.append(data)
    reader = vf.reader()
    assert len(reader) == 40 and reader.shape == (40, 384)
    rows = np.array([0, 1, 2, 7, 20, 21, 39])
    out = np.empty((len(rows), 384), np.float16)
    reader.take(rows, out)
    assert np.array_equal(out, data[rows])
    vf.append(data[:5])
    assert len(vf.reader()) == 45 and vf.reader().fd == reader.fd  # the same file, grown
    with pytest.raises(OSError, match="row 44"):
        reader.take(np.array([44, 45]), np.empty((2, 384), np.float16))  # past the end
