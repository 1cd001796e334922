"""The warm index is updated with what changed in the store, not rebuilt for every change."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import numpy as np
import pytest

from indexer.pipeline import index_paths
from indexer.settings import Settings
from indexer.store import open_store
from service import engine as engine_module
from service.engine import Engine
from service.lexical import Lexical
from service.qa import SearchRequest, search
from service.stats import index_stats

SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "sample"


def row(cid: str, text: str, case: str) -> tuple:
    return (cid, text, {"case_number": case, "section": "item", "item_index": 1, "body_regions": ["knee"]})


def test_pending_rows_score_with_the_built_statistics_and_bm25s_formula():
    lex = Lexical([row("a", "knee MRI", "CM1"), row("b", "lumbar MRI", "CM2"), row("c", "shoulder surgery", "CM3")])
    new = lex.updated(set(), [row("d", "knee arthroscopy knee", "CM4")])
    assert new.bm25 is lex.bm25 and new.indexed == 3 and len(new.pending) == 1
    # "MRI" also adds "magnetic resonance imaging", so the built rows are 5, 5 and 2 terms long.
    # N=3, df(knee)=1: idf = ln(1 + 2.5/1.5) = 0.98083; avglen 4, k1 1.5, b 0.75.
    # d: tf 2, len 3 -> 2 / (2 + 1.5 * (0.25 + 0.75 * 3/4)) = 0.62136 -> 0.60945
    # a: tf 1, len 5 -> 1 / (1 + 1.5 * (0.25 + 0.75 * 5/4)) = 0.35955 -> 0.35266 (scored by bm25s itself)
    assert [(cid, round(score, 4)) for cid, score in new.search("knee", 5)] == [("d", 0.6094), ("a", 0.3527)]
    assert lex.search("knee", 5) == [("a", pytest.approx(0.35266, abs=1e-4))]  # the old index is unchanged
    # a word the built index never saw still finds the pending row
    assert [cid for cid, _ in new.search("arthroscopy", 5)] == ["d"]


def test_replaced_cases_leave_every_query_and_filter():
    lex = Lexical([row("a", "knee MRI", "CM1"), row("b", "lumbar MRI", "CM2")])
    new = lex.updated({"CM2"}, [])
    assert new.search("lumbar", 5) == []
    assert [cid for cid, _ in new.search("MRI", 5)] == ["a"]
    assert "b" not in new.position and new.dead == 1
    assert new.mask(None).tolist() == [1.0, 0.0]
    assert new.mask({"body_regions": {"$contains": "knee"}}).tolist() == [1.0, 0.0]
    again = new.updated({"CM2"}, [row("b", "lumbar MRI revised", "CM2")])
    assert again.position["b"] == 2 and [cid for cid, _ in again.search("revised", 5)] == ["b"]


@pytest.fixture
def small(tmp_path, fake_encoder):
    settings = Settings.from_env({}, db=tmp_path / "chroma", docs=tmp_path / "documents")
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


def test_letters_indexed_later_are_added_then_removed_without_a_rebuild(small):
    settings, store, encoder, later = small
    engine = Engine(settings, store, encoder)
    built = engine.lexical()
    assert built.indexed == len(built) > 0
    report = index_paths(settings, [later], store=store, encoder=encoder)
    assert report.indexed == 2
    new_case = report.letters[0]
    engine.refresh()
    lex = engine.lexical()
    assert lex.bm25 is built.bm25 and lex.indexed == built.indexed
    assert len(lex.pending) == len(lex) - built.indexed > 0
    assert lex.vectors is not None and len(lex.vectors) == len(lex)
    assert case_hits(engine, new_case) == [new_case]
    items_before = index_stats(engine).items
    new_items = len(store.get_letter(new_case).items)
    removed = store.delete_letter(new_case)
    assert removed > 0
    engine.invalidate([new_case])
    assert engine.lexical().dead > 0
    assert new_case not in case_hits(engine, new_case)
    assert index_stats(engine).items == items_before - new_items  # stats count live rows only


def test_enough_change_triggers_a_full_build(small, monkeypatch):
    settings, store, encoder, later = small
    engine = Engine(settings, store, encoder)
    built = engine.lexical()
    monkeypatch.setattr(engine_module, "PENDING_MIN", 1)
    index_paths(settings, [later], store=store, encoder=encoder)
    engine.refresh()
    lex = engine.lexical()
    assert lex.bm25 is not built.bm25 and lex.pending == [] and lex.indexed == len(lex) > built.indexed


def test_the_watcher_picks_up_new_letters_with_no_question_asked(small):
    settings, store, encoder, later = small
    engine = Engine(settings, store, encoder)
    before = engine.lexical()  # builds, and starts the watcher
    report = index_paths(settings, [later], store=store, encoder=encoder)
    deadline = time.monotonic() + 20  # the watcher looks every RECHECK_SECONDS (2 s)
    while engine._lexical is before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert engine._lexical is not before and len(engine._lexical.pending) > 0
    assert case_hits(engine, report.letters[0]) == [report.letters[0]]
    assert np.isfinite(engine.lexical().vectors.matrix.astype(np.float32)).all()


def test_the_watcher_ends_with_its_engine(small):
    import gc
    import threading

    settings, store, encoder, _later = small
    engine = Engine(settings, store, encoder)
    engine.lexical()
    watchers = [t for t in threading.enumerate() if t.name == "imr-warm-index"]
    assert watchers
    del engine
    gc.collect()
    deadline = time.monotonic() + 10
    while any(t.is_alive() for t in watchers[-1:]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not watchers[-1].is_alive()


def test_a_letter_re_indexed_with_new_text_is_picked_up_though_no_count_moved(small):
    settings, store, encoder, _later = small
    engine = Engine(settings, store, encoder)
    engine.lexical()
    path = next((settings.docs.parent / "first").glob("*.txt"))
    text = path.read_text(encoding="utf-8")
    assert "Upheld" in text and "zygapophyseal" not in text
    # one more word in the first rationale sentence: same items, same number of chunks
    marker = "IMR ISSUES, DECISIONS AND RATIONALES"
    head, tail = text.split(marker, 1)
    path.write_text(head + marker + tail.replace("Page(s)", "zygapophyseal Page(s)", 1), encoding="utf-8")
    counts = (store.count(), store.letter_count())
    report = index_paths(settings, [path], store=store, encoder=encoder)
    assert report.indexed == 1 and (store.count(), store.letter_count()) == counts
    assert engine.lexical().search("zygapophyseal", 5) == []
    engine.refresh()
    found = engine.lexical().search("zygapophyseal", 5)
    assert [engine.lexical().meta[engine.lexical().position[cid]]["case_number"] for cid, _ in found] == [report.letters[0]]
