"""Dense search of an index with coarse lists (service.probe): the nearest lists' rows scored
exactly, Chroma's HNSW never opened, rows not yet in a list always scored."""

from __future__ import annotations

import numpy as np
import pytest

from indexer import coarse
from indexer.pipeline import index_paths
from indexer.settings import Settings
from indexer.store import open_store
from service import nearest as nearest_module
from service import probe
from service.engine import Engine
from tests.conftest import SAMPLE, FakeEncoder


@pytest.fixture(scope="module")
def listed(tmp_path_factory):
    """corpus/sample indexed with the FakeEncoder, lists trained from the first 100 rows on."""
    mp = pytest.MonkeyPatch()
    mp.setattr(coarse, "MIN_ROWS", 100)
    root = tmp_path_factory.mktemp("listed")
    settings = Settings.from_env({}, db=root / "index", docs=root / "documents")
    store = open_store(settings)
    encoder = FakeEncoder()
    report = index_paths(settings, sorted(SAMPLE.glob("*.txt")), store=store, encoder=encoder)
    assert report.failed == []
    yield settings, store, encoder
    mp.undo()


@pytest.fixture
def engine(listed, monkeypatch):
    monkeypatch.setattr(nearest_module, "EXACT_ALL", 0)  # as on a large index
    settings, _store, encoder = listed
    return Engine(settings, open_store(settings, create=False), encoder)


def exact_items(engine: Engine, warm, vector, n: int) -> list[int]:
    keep = warm.alive & (warm.item >= 0)
    return [p for p, _ in engine.nearest.exact(warm, vector, n, np.flatnonzero(keep))]


def test_indexing_kept_the_lists_level_with_the_vector_file(listed):
    _settings, store, _encoder = listed
    centroids, assigned = store.lists.read()
    assert centroids.shape == (64, 384)
    assert len(assigned) == store.vectors.rows() == 319
    assert np.array_equal(assigned, coarse.assign(store.vectors.map(), centroids))


def test_every_list_probed_is_exact_and_chroma_is_never_opened(engine, monkeypatch):
    monkeypatch.setattr(probe, "PROBE_ROWS", 10_000)
    warm = engine.warm()
    keep = engine.keep(warm, {})
    for question in ("lumbar spine MRI low back pain", "acupuncture sessions for chronic neck pain"):
        vector = engine.embed_query(question)
        got = engine.dense(warm, vector, 10, keep)
        assert [p for p, _ in got] == exact_items(engine, warm, vector, 10)
    assert engine.store._chroma is None


def test_few_rows_probed_come_from_the_nearest_lists_only(engine, monkeypatch):
    monkeypatch.setattr(probe, "PROBE_ROWS", 12)
    warm = engine.warm()
    keep = engine.keep(warm, {"decision": "Upheld"})
    vector = engine.embed_query("physical therapy visits for the shoulder")
    centroids, assigned = engine.store.lists.read()
    got = engine.dense(warm, vector, 10, keep)
    nearest = int(np.argmax(centroids @ vector))
    lists = {int(assigned[warm.vec_row[p]]) for p, _ in got}
    assert nearest in lists and 0 < len(got) <= 10
    assert all(keep[p] for p, _ in got)
    sims = [s for _p, s in got]
    assert sims == sorted(sims, reverse=True)


def test_rows_not_in_a_list_are_always_scored(listed, monkeypatch):
    settings, store, encoder = listed
    monkeypatch.setattr(nearest_module, "EXACT_ALL", 0)
    monkeypatch.setattr(probe, "PROBE_ROWS", 1)
    lists = store.lists
    size = lists.path.stat().st_size
    with open(lists.path, "r+b") as f:  # the last 40 rows lost their entries (a crash before the commit)
        f.truncate(size - 80)
    engine = Engine(settings, open_store(settings, create=False), encoder)
    warm = engine.warm()
    last = int(np.flatnonzero(warm.vec_row == store.vectors.rows() - 1)[0])
    vector = store.vectors.map()[warm.vec_row[last]].astype(np.float32)
    got = engine.dense(warm, vector, 5, warm.alive)
    assert got[0][0] == last and got[0][1] == pytest.approx(1.0, abs=1e-3)
    with store.writing():
        assert store.sync_lists() == "assigned 40"


def test_the_service_leaves_chroma_to_the_next_indexer(listed, tmp_path, monkeypatch):
    """Uploads and deletions through a store that defers Chroma (the service's, once the index
    has lists) never open Chroma; the next `imr index` writer brings Chroma level."""
    import shutil

    settings, _store, encoder = listed

    root = tmp_path / "copy"
    shutil.copytree(settings.db, root / "index")
    local = Settings.from_env({}, db=root / "index", docs=root / "documents")
    service_store = open_store(local, create=False, defer_chroma=True)
    letter = tmp_path / "letters" / "CM99-0000001.txt"
    letter.parent.mkdir()
    first = sorted(SAMPLE.glob("*.txt"))[0]
    letter.write_text(first.read_text().replace(first.stem, "CM99-0000001"))
    report = index_paths(local, [letter], store=service_store, encoder=encoder)
    assert report.indexed == 1 and service_store._chroma is None
    pending = service_store.catalog.pending()
    assert len(pending) > 0 and service_store.lists.read()[1].shape == (service_store.vectors.rows(),)
    assert service_store.delete_letters([sorted(SAMPLE.glob("*.txt"))[1].stem]) > 0
    assert service_store._chroma is None
    orphans, deleted = service_store.catalog.journal()
    assert orphans == [] and len(deleted) > 0
    writer = open_store(local, create=False)
    with writer.writing():
        pass  # a writer's first step: recover
    assert writer.catalog.pending() == [] and writer.catalog.journal() == ([], [])
    committed = writer.catalog.query("SELECT count(*) FROM chunks WHERE section IN ('item', 'summary')")[0][0]
    assert writer.chroma.count() == committed == 212  # 215, 3 added, 6 of the deleted letter's 7 (its reviewer has none)


def test_the_grouped_copy_reads_the_same_rows_as_the_vector_file(engine, monkeypatch):
    """The copy (indexer.grouped) and the vector file give the same candidates, scores and
    exact results; rows of the copy the snapshot does not hold are never returned."""
    store = engine.store
    copy = store.lists.grouped_rows()
    assert copy is not None and len(copy) == 262 and store.vectors.rows() == 319  # 57 rows in the tail
    warm = engine.warm()
    centroids, assigned = store.lists.read()
    with_copy = probe.Layout(warm.vec_row, centroids, assigned, copy)
    without = probe.Layout(warm.vec_row, centroids, assigned, None)
    assert with_copy.covered == len(copy) and without.covered == 0
    matrix = store.vectors.map()
    keep = engine.keep(warm, {"decision": "Upheld"})
    for question in ("lumbar spine MRI low back pain", "acupuncture sessions for chronic neck pain"):
        vector = engine.embed_query(question)
        ranked = np.argsort(-(centroids @ vector), kind="stable")
        for rows in (12, 40, 400, 10_000):
            places, tail = with_copy.candidates(vector, keep, rows)
            _none, everything = without.candidates(vector, keep, rows)
            assert len(_none) == 0
            assert sorted(with_copy.at[places].tolist() + tail.tolist()) == sorted(everything.tolist())
            # the nearest lists, one by one, until the rows `keep` allows in them reach `rows`
            want, found = [], 0
            allowed = np.flatnonzero(keep)
            for c in ranked:
                members = allowed[assigned[warm.vec_row[allowed]] == c].tolist()
                want += members
                found += len(members)
                if found >= rows:
                    break
            assert sorted(everything.tolist()) == sorted(want)
        monkeypatch.setattr(probe, "PROBE_ROWS", 40)
        got = probe.nearest(matrix, matrix, warm.vec_row, with_copy, vector, 10, keep)
        want = probe.nearest(matrix, matrix, warm.vec_row, without, vector, 10, keep)
        assert [p for p, _ in got] == [p for p, _ in want] and len(got) == 10
        assert [s for _, s in got] == pytest.approx([s for _, s in want], abs=1e-6)
        monkeypatch.setattr(probe, "RESCORE", 4)  # the 8-bit scores choose 12 of the copy's rows for n = 3
        small = probe.nearest(matrix, matrix, warm.vec_row, with_copy, vector, 3, keep)
        assert small == [(p, pytest.approx(s, abs=1e-6)) for p, s in want[:3]]
        monkeypatch.setattr(probe, "RESCORE", 256)
        positions = np.flatnonzero(keep)
        exact = with_copy.exact(matrix, matrix, warm.vec_row, vector, 7, positions)
        assert exact == without.exact(matrix, matrix, warm.vec_row, vector, 7, positions)
    gone = warm.vec_row[:50]  # a snapshot without its first 50 rows (deleted letters)
    short = probe.Layout(warm.vec_row[50:], centroids, assigned, copy)
    places, tail = short.candidates(engine.embed_query("lumbar spine MRI"), np.ones(len(warm.vec_row) - 50, bool), 10_000)
    assert not set(copy.rows[places].tolist()) & set(gone.tolist())
    assert len(places) + len(tail) == len(warm.vec_row) - 50


def test_the_service_maps_only_the_vector_rows_after_the_copy(listed, monkeypatch):
    from indexer import vectorfile

    monkeypatch.setattr(nearest_module, "EXACT_ALL", 0)
    monkeypatch.setattr(vectorfile, "SEGMENT_ROWS", 64)  # segments of 64 rows: the copy covers the first few
    settings, store, encoder = listed
    engine = Engine(settings, open_store(settings, create=False), encoder)
    warm = engine.warm()
    layout = engine.nearest.layout(warm)
    view = engine.nearest.rows(warm, layout)
    assert view.first == layout.covered // 64 >= 1 and len(view) == store.vectors.rows()
    with pytest.raises(IndexError):
        view.take(np.array([0]), np.empty((1, 384), np.float16))
    vector = engine.embed_query("lumbar spine MRI low back pain")
    everything = np.flatnonzero(warm.alive)
    got = engine.nearest.exact(warm, vector, 5, everything)
    matrix = store.vectors.map()
    scores = matrix[warm.vec_row[everything]].astype(np.float32) @ vector
    assert [p for p, _ in got] == everything[np.argsort(-scores, kind="stable")[:5]].tolist()
