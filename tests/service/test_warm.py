"""The warm view: a memory-mapped lexical segment built by the indexer, plus the delta of letters
committed since, kept up to date from the catalog's generation without a rebuild."""

from __future__ import annotations

import gc
import shutil
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from indexer.catalog_schema import LetterRecord
from indexer.lexical import build_segment, needs_rebuild
from indexer.model import Chunk, Guideline, Item, Letter
from indexer.pipeline import index_paths
from indexer.settings import Settings
from indexer.store import Store, open_store
from service.engine import Engine
from service.qa import SearchRequest, search
from service.stats import index_stats
from service.warm import Warm

SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "sample"


def one_item_letter(store: Store, case: str, text: str) -> None:
    item = Item(index=1, request=text, decision="Upheld", claims_administrator_guideline=Guideline(raw=""),
                maximus_guideline=Guideline(raw=""), rationale="", pages=(1,), span=(0, len(text)),
                heading_span=(0, len(text)), rationale_span=(len(text), len(text)), body_regions=("knee",))
    letter = Letter(case_number=case, source=f"/{case}.txt", text=text, page_starts=(0,), items=(item,))
    chunk = Chunk(id=f"{case}/item-1/rationale-1", case_number=case, section="item", item_index=1, text=text,
                  span=(0, len(text)), pages=(1,), tokens=3, content_hash=case)
    record = LetterRecord(case_number=case, content_hash=case, source=letter.source, file_sha256=case, chunks=1)
    store.store_letters([(letter, record, [chunk])], np.ones((1, 384), dtype=np.float32) / np.sqrt(384))


def test_delta_rows_score_with_the_segments_statistics_and_bm25s_formula(settings: Settings):
    store = open_store(settings)
    for case, text in (("CM1", "knee MRI"), ("CM2", "lumbar MRI"), ("CM3", "shoulder surgery")):
        one_item_letter(store, case, text)
    build_segment(store.catalog, store.root)
    built = Warm(store.catalog, store.root)
    one_item_letter(store, "CM4", "knee arthroscopy knee")
    warm = built.refreshed(store.catalog, store.root)
    assert warm.segment is built.segment and warm.segment.size == 3 and len(warm.delta) == 1
    # "MRI" also adds "magnetic resonance imaging", so the built rows are 5, 5 and 2 terms long.
    # N=3, df(knee)=1: idf = ln(1 + 2.5/1.5) = 0.98083; avglen 4, k1 1.5, b 0.75.
    # CM4 (delta): tf 2, len 3 -> 2 / (2 + 1.5 * (0.25 + 0.75 * 3/4)) = 0.62136 -> 0.60945
    # CM1 (segment): tf 1, len 5 -> 1 / (1 + 1.5 * (0.25 + 0.75 * 5/4)) = 0.35955 -> 0.35266 (bm25s itself)
    assert [(p, round(s, 4)) for p, s in warm.lexical("knee", 5, None)] == [(3, 0.6094), (0, 0.3527)]
    assert [(p, round(s, 4)) for p, s in built.lexical("knee", 5, None)] == [(0, 0.3527)]  # unchanged
    assert [p for p, _ in warm.lexical("arthroscopy", 5, None)] == [3]  # a word the segment never saw
    assert warm.chunk.tolist() == [1, 2, 3, 4]


def test_deleted_letters_leave_every_query(settings: Settings):
    store = open_store(settings)
    for case, text in (("CM1", "knee MRI"), ("CM2", "lumbar MRI")):
        one_item_letter(store, case, text)
    build_segment(store.catalog, store.root)
    store.delete_letter("CM2")
    warm = Warm(store.catalog, store.root)
    assert warm.alive.tolist() == [True, False] and warm.live == 1
    assert warm.lexical("lumbar", 5, None) == []
    assert [p for p, _ in warm.lexical("MRI", 5, None)] == [0]
    assert warm.positions(np.array([1, 2, 9])).tolist() == [0, -1, -1]
    one_item_letter(store, "CM2", "lumbar MRI revised")
    again = warm.refreshed(store.catalog, store.root)
    assert [int(again.chunk[p]) for p, _ in again.lexical("revised", 5, None)] == [3]



def test_words_only_the_delta_uses_are_known_and_near_until_their_letter_goes(settings: Settings, fake_encoder):
    store = open_store(settings)
    one_item_letter(store, "CM1", "knee MRI")
    build_segment(store.catalog, store.root)
    one_item_letter(store, "CM2", "arthroscopy of the knee")
    engine = Engine(settings, store, fake_encoder)
    assert engine.known_term("arthroscopy") and not engine.known_term("arthroplasty")
    assert engine.near_term("artroscopy") and not engine.near_term("zzzroscopy")
    store.delete_letter("CM2")
    engine.invalidate(["CM2"])
    assert len(engine.warm().delta) == 0
    assert not engine.known_term("arthroscopy") and not engine.near_term("artroscopy")
    assert engine.known_term("knee")


def test_a_delta_read_in_several_batches_scores_as_one(settings: Settings, monkeypatch):
    import service.delta

    store = open_store(settings)
    one_item_letter(store, "CM1", "knee MRI")
    build_segment(store.catalog, store.root)
    for case, text in (("CM2", "knee knee pain"), ("CM3", "lumbar knee"), ("CM4", "knee")):
        one_item_letter(store, case, text)
    whole = Warm(store.catalog, store.root)
    monkeypatch.setattr(service.delta, "READ", 1)
    batched = Warm(store.catalog, store.root)
    assert len(batched.delta) == len(whole.delta) == 3
    assert batched.lexical("knee", 5, None) == whole.lexical("knee", 5, None)
    assert [p for p, _ in batched.lexical("knee", 5, None)] == [1, 3, 2, 0]


@pytest.fixture
def small(tmp_path, fake_encoder):
    settings = Settings.from_env({}, db=tmp_path / "index")
    store = open_store(settings)
    letters = sorted(SAMPLE.glob("*.txt"))
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir(), later.mkdir()
    for path in letters[:6]:
        shutil.copy(path, first)
    for path in letters[6:8]:
        shutil.copy(path, later)
    assert index_paths(settings, [first], store=store, encoder=fake_encoder).indexed == 6
    return settings, store, fake_encoder, later


def case_hits(engine: Engine, case: str) -> list[str]:
    result = search(engine, SearchRequest(query=f"{case} request", k=5))
    return sorted({h.case_number for h in result.hits})


def test_the_first_run_builds_a_segment_and_later_letters_join_the_delta(small):
    settings, store, encoder, later = small
    assert store.catalog.meta("lexical_segment").startswith("seg-")
    engine = Engine(settings, store, encoder)
    built = engine.warm()
    assert built.segment.size == len(built) > 0 and len(built.delta) == 0
    report = index_paths(settings, [later], store=store, encoder=encoder)
    assert report.indexed == 2 and not needs_rebuild(store.catalog, store.root)  # 2 letters: no rebuild
    engine.refresh()
    warm = engine.warm()
    assert warm.segment is built.segment and len(warm.delta) == len(warm) - built.segment.size > 0
    new_case = report.letters[0]
    assert case_hits(engine, new_case) == [new_case]
    items_before = index_stats(engine).items
    new_items = len(store.get_letter(new_case).items)
    assert store.delete_letter(new_case) > 0
    engine.invalidate([new_case])
    assert new_case not in case_hits(engine, new_case)
    assert index_stats(engine).items == items_before - new_items


def test_a_new_segment_replaces_the_old_one_for_the_next_view(small):
    settings, store, encoder, later = small
    engine = Engine(settings, store, encoder)
    built = engine.warm()
    index_paths(settings, [later], store=store, encoder=encoder)
    with store.writing():
        name = build_segment(store.catalog, store.root)
    engine.refresh()
    warm = engine.warm()
    assert warm.segment.name == name != built.segment.name
    assert len(warm.delta) == 0 and warm.segment.size == len(warm) > built.segment.size
    assert store.catalog.query("SELECT count(*) FROM tombstones") == [(0,)]


def test_the_watcher_picks_up_new_letters_with_no_question_asked(small):
    settings, store, encoder, later = small
    engine = Engine(settings, store, encoder)
    before = engine.warm()  # builds, and starts the watcher
    report = index_paths(settings, [later], store=store, encoder=encoder)
    deadline = time.monotonic() + 20  # the watcher looks every RECHECK_SECONDS (2 s)
    while engine._warm is before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert engine._warm is not before and len(engine._warm.delta) > 0
    assert case_hits(engine, report.letters[0]) == [report.letters[0]]


def test_the_watcher_ends_with_its_engine(small):
    settings, store, encoder, _later = small
    engine = Engine(settings, store, encoder)
    engine.warm()
    watchers = [t for t in threading.enumerate() if t.name == "imr-warm-view"]
    assert watchers
    del engine
    gc.collect()
    deadline = time.monotonic() + 10
    while watchers[-1].is_alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not watchers[-1].is_alive()


def test_a_letter_re_indexed_with_new_text_is_picked_up_though_no_count_moved(small, tmp_path):
    settings, store, encoder, _later = small
    engine = Engine(settings, store, encoder)
    engine.warm()
    path = next((tmp_path / "first").glob("*.txt"))
    text = path.read_text(encoding="utf-8")
    assert "Upheld" in text and "zygapophyseal" not in text
    marker = "IMR ISSUES, DECISIONS AND RATIONALES"
    head, tail = text.split(marker, 1)
    path.write_text(head + marker + tail.replace("Page(s)", "zygapophyseal Page(s)", 1), encoding="utf-8")
    counts = (store.count(), store.letter_count())
    report = index_paths(settings, [path], store=store, encoder=encoder)
    assert report.indexed == 1 and (store.count(), store.letter_count()) == counts
    assert engine.warm().lexical("zygapophyseal", 5, None) == []
    engine.refresh()
    warm = engine.warm()
    found = warm.lexical("zygapophyseal", 5, None)
    meta = engine.rows_meta(warm, [p for p, _ in found])
    assert [meta[p]["case_number"] for p, _ in found] == [report.letters[0]]
    # the letter cache never serves the old text
    assert "zygapophyseal" in engine.letter(report.letters[0]).text


def test_readers_racing_writes_never_see_a_stale_letter(small, tmp_path):
    """Threads read a letter while it is re-indexed three times: no read fails, each reader sees the
    versions in order, and right after each commit (no invalidation asked for) every read returns
    the new text: a reader that fetched the old letter cannot put it back."""
    settings, store, encoder, _later = small
    engine = Engine(settings, store, encoder)
    path = next((tmp_path / "first").glob("*.txt"))
    case = next(cn for cn, r in store.letter_records().items() if r.source == str(path.resolve()))
    original = path.read_text(encoding="utf-8")
    seen: dict[int, list[int]] = {n: [] for n in range(3)}
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader(n: int) -> None:
        while not stop.is_set():
            try:
                seen[n].append(engine.letter(case).text.count("zygapophyseal"))
            except BaseException as exc:  # noqa: BLE001 - the test reports it
                errors.append(exc)
                return

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    try:
        for version in range(1, 4):
            path.write_text(original.replace("Page(s)", "zygapophyseal " * version + "Page(s)", 1), encoding="utf-8")
            assert index_paths(settings, [path], store=store, encoder=encoder).indexed == 1
            assert engine.letter(case).text.count("zygapophyseal") == version
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert errors == []
    for versions in seen.values():
        assert versions == sorted(versions) and versions[-1] == 3
