"""index_paths: idempotent, incremental, replaces changed letters, prunes, reports bad files."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import numpy as np
import pytest

from indexer.chunk import chunk_letter
from indexer.pipeline import index_paths
from indexer.prepare import find_files, load_letter
from indexer.roles import PROTOTYPES
from indexer.settings import Settings
from indexer.store import Store, open_store
from indexer.tokens import wordpieces

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REAL_PDFS = SHARED / "corpus" / "dwc-imr-2016-2017" / "pdf"
SKIP = "../shared/corpus not found: real-letter tests need the shared corpus beside the checkout"
# Five real letters: 1 + 1 + 2 + 1 + 1 items.
FIVE = ["CM16-0219557", "CM16-0224814", "CM16-0240900", "CM16-0242302", "CM16-0247255"]
FIVE_CHUNKS = 28


@pytest.fixture
def letters_dir(real_letters) -> Path:
    return real_letters(FIVE)


def _open_sentences(folder: Path) -> int:
    """How many rationale sentences of the letters in `folder` the role rules leave to the model."""
    from indexer.roles import rule_role
    from indexer.sentences import trimmed_spans

    letters = [load_letter(path) for path in sorted(folder.glob("*.txt"))]
    return sum(rule_role(lt.text[a:b]) is None for lt in letters for item in lt.items
               for a, b in trimmed_spans(lt.text, *item.rationale_span))


def _ids(store: Store, case: str | None = None) -> list[str]:
    return store.chunk_ids(case)


def test_reindexing_the_same_files_adds_and_embeds_nothing(settings: Settings, letters_dir: Path, fake_encoder) -> None:
    store = open_store(settings)
    first = index_paths(settings, [letters_dir], store=store, encoder=fake_encoder)
    assert first.summary() == f"indexed 5 letters ({FIVE_CHUNKS} chunks), unchanged 0, failed 0"
    assert sorted(first.letters) == FIVE
    assert store.count() == FIVE_CHUNKS
    assert store.letter_count() == 5
    # one batch for all five letters: the role prototypes and the open sentences, then the chunks
    assert fake_encoder.calls == 3
    assert fake_encoder.texts == sum(len(t) for t in PROTOTYPES.values()) + _open_sentences(letters_dir) + FIVE_CHUNKS
    assert all(item.sentences and item.reasons for item in store.get_letter("CM16-0247255").items)
    calls = fake_encoder.calls
    ids = _ids(store)

    def no_model():
        raise AssertionError("the model was loaded for an unchanged corpus")

    again = index_paths(settings, [letters_dir], store=store, encoder=no_model)
    assert again.summary() == "indexed 0 letters (0 chunks), unchanged 5, failed 0"
    assert (again.indexed, again.unchanged, again.chunks) == (0, 5, 0)
    assert store.count() == FIVE_CHUNKS
    assert _ids(store) == ids
    # and with an encoder object: not called
    third = index_paths(settings, [letters_dir], store=open_store(settings), encoder=fake_encoder)
    assert third.unchanged == 5
    assert fake_encoder.calls == calls


def _edit(text: str) -> str:
    """CM16-0240900 with its second item removed and a rationale sentence of the first changed."""
    letter = load_letter_text(text)
    assert [i.request for i in letter.items] == [
        "MRI for lumbar spine with contrast",
        "Physical therapy two times a week for three weeks for lumbar",
    ]
    second = letter.items[1]
    edited = text[: second.span[0]] + text[second.span[1] :]
    old = "He had normal strength and equal deep tendon\nreflexes on exam."
    assert edited.count(old) == 1
    return edited.replace(old, "He had full strength, a negative straight leg raise\nand equal reflexes on exam.")


def load_letter_text(text: str):
    from indexer.model import LetterText
    from indexer.parse import parse_letter
    from indexer.pdf import join_pages

    lt: LetterText = join_pages("x.txt", text.split("\f"))
    return parse_letter(lt)


def test_changed_letter_replaces_its_chunks(settings: Settings, letters_dir: Path, fake_encoder, tmp_path) -> None:
    store = open_store(settings)
    index_paths(settings, [letters_dir], store=store, encoder=fake_encoder)
    assert _ids(store, "CM16-0240900") == [
        "CM16-0240900/header-1",
        "CM16-0240900/item-1/rationale-1",
        "CM16-0240900/item-2/rationale-1",
        "CM16-0240900/reviewer-1",
        "CM16-0240900/summary-1",
        "CM16-0240900/summary-2",
    ]
    others = {case: _ids(store, case) for case in FIVE if case != "CM16-0240900"}
    path = letters_dir / "CM16-0240900.txt"
    path.write_text(_edit(path.read_text(encoding="utf-8")), encoding="utf-8")

    report = index_paths(settings, [letters_dir], store=store, encoder=fake_encoder)
    assert report.summary() == "indexed 1 letters (5 chunks), unchanged 4, failed 0"
    assert _ids(store, "CM16-0240900") == [
        "CM16-0240900/header-1",
        "CM16-0240900/item-1/rationale-1",
        "CM16-0240900/reviewer-1",
        "CM16-0240900/summary-1",
        "CM16-0240900/summary-2",
    ]
    assert {case: _ids(store, case) for case in others} == others
    got = store.chunk("CM16-0240900/item-1/rationale-1")
    assert "He had full strength, a negative straight leg raise and equal reflexes on exam." in got["text"]
    assert "deep tendon" not in got["text"]
    letter = store.get_letter("CM16-0240900")
    assert [i.request for i in letter.items] == ["MRI for lumbar spine with contrast"]
    assert store.letter_records()["CM16-0240900"].chunks == 5
    digest = store.letter_records()["CM16-0240900"].content_hash
    assert got["vector_id"] == f"CM16-0240900/item-1/rationale-1@{digest[:12]}"
    # the old version's vectors are gone from Chroma, which indexes the item and summary chunks
    assert store.chroma.count() == store.catalog.query(
        "SELECT count(*) FROM chunks WHERE section IN ('item', 'summary')")[0][0] == 17

    # the same as a clean build of the new version
    clean_settings = Settings.from_env({}, db=tmp_path / "clean", docs=tmp_path / "clean-docs")
    clean = open_store(clean_settings)
    index_paths(clean_settings, [letters_dir], store=clean, encoder=fake_encoder)
    assert store.count() == clean.count() == FIVE_CHUNKS - 1
    assert _ids(store) == _ids(clean)


def test_edited_case_number_leaves_no_stale_letter(settings: Settings, letters_dir: Path, fake_encoder) -> None:
    store = open_store(settings)
    index_paths(settings, [letters_dir], store=store, encoder=fake_encoder)
    path = letters_dir / "CM16-0247255.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("CM16-0247255", "CM16-0247256").replace("Upheld", "Overturned", 1),
                    encoding="utf-8")
    report = index_paths(settings, [letters_dir], store=store, encoder=fake_encoder)
    assert report.letters == ["CM16-0247256"]
    assert _ids(store, "CM16-0247255") == []
    assert store.get_letter("CM16-0247255") is None
    assert "CM16-0247255" not in store.letter_records()
    assert store.letter_count() == 5
    assert store.count() == FIVE_CHUNKS


def test_prune_removes_letters_whose_files_are_gone(settings: Settings, letters_dir: Path, fake_encoder) -> None:
    store = open_store(settings)
    index_paths(settings, [letters_dir], store=store, encoder=fake_encoder)
    (letters_dir / "CM16-0224814.txt").unlink()
    kept = index_paths(settings, [letters_dir], store=store, encoder=fake_encoder)
    assert kept.pruned == 0
    assert store.letter_count() == 5  # without prune nothing is removed
    assert sorted(p.name for p in settings.docs.glob("CM16-0224814.*")) == ["CM16-0224814.txt"]
    report = index_paths(settings, [letters_dir], store=store, encoder=fake_encoder, prune=True)
    assert report.summary() == "indexed 0 letters (0 chunks), unchanged 4, failed 0, pruned 1"
    assert _ids(store, "CM16-0224814") == []
    assert store.get_letter("CM16-0224814") is None
    assert sorted(store.letter_records()) == [c for c in FIVE if c != "CM16-0224814"]
    assert store.count() == FIVE_CHUNKS - 5
    assert list(settings.docs.glob("CM16-0224814.*")) == []  # the kept copy goes too
    assert len(list(settings.docs.glob("CM16-*.txt"))) == 4


def _bad_files(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    noise = folder / "noise.pdf"
    noise.write_bytes(b"%PDF-1.4\n" + random.Random(7).randbytes(3000))
    prose = folder / "prose.txt"
    prose.write_text("The quick brown fox jumps over the lazy dog.\n\nMinutes of the garden club, March 2016.\n")
    docx = folder / "letter.docx"
    docx.write_bytes(b"PK\x03\x04" + random.Random(8).randbytes(500))
    return {"empty": empty, "noise": noise, "prose": prose, "docx": docx}


def test_bad_files_are_reported_and_the_rest_indexed(
    settings: Settings, letters_dir: Path, fake_encoder, tmp_path: Path
) -> None:
    bad = _bad_files(tmp_path / "bad")
    store = open_store(settings)
    report = index_paths(settings, [letters_dir, *bad.values()], store=store, encoder=fake_encoder)
    assert report.summary() == f"indexed 5 letters ({FIVE_CHUNKS} chunks), unchanged 0, failed 4"
    reasons = {Path(f.path).name: f.reason for f in report.failed}
    assert sorted(reasons) == ["empty.txt", "letter.docx", "noise.pdf", "prose.txt"]
    for name, reason in reasons.items():
        assert reason.startswith(str(tmp_path / "bad" / name) + ": "), reason
    assert "file is empty" in reasons["empty.txt"]
    assert "not a readable PDF" in reasons["noise.pdf"]
    assert "not an IMR determination letter" in reasons["prose.txt"]
    assert "not a .pdf or .txt letter" in reasons["letter.docx"]
    assert store.letter_count() == 5

    # a later run with failures loses nothing already indexed, even the letter whose file broke
    broken = letters_dir / "CM16-0242302.txt"
    broken.write_text("this is not a letter any more\n")
    later = index_paths(settings, [letters_dir, bad["prose"], tmp_path / "missing.pdf"], store=store,
                        encoder=fake_encoder, prune=True)
    assert later.summary() == "indexed 0 letters (0 chunks), unchanged 4, failed 3"
    assert sorted(Path(f.path).name for f in later.failed) == ["CM16-0242302.txt", "missing.pdf", "prose.txt"]
    assert any(f.reason == f"{tmp_path / 'missing.pdf'}: no such file or folder" for f in later.failed)
    assert store.count() == FIVE_CHUNKS
    assert store.get_letter("CM16-0242302") is not None


def test_moving_a_file_reembeds_nothing(settings: Settings, letters_dir: Path, fake_encoder, tmp_path: Path) -> None:
    store = open_store(settings)
    index_paths(settings, [letters_dir], store=store, encoder=fake_encoder)
    calls, texts = fake_encoder.calls, fake_encoder.texts
    opened = _open_sentences(letters_dir)
    moved = tmp_path / "moved"
    letters_dir.rename(moved)
    (moved / "CM16-0219557.txt").rename(moved / "facet-injections.txt")
    report = index_paths(settings, [moved], store=store, encoder=fake_encoder, prune=True)
    assert report.summary() == "indexed 0 letters (0 chunks), unchanged 5, failed 0"
    # the refreshed records are labelled again (the model sees only the open sentences), no chunk is re-embedded
    assert fake_encoder.texts - texts == opened
    calls = fake_encoder.calls
    assert store.count() == FIVE_CHUNKS
    assert store.letter_records()["CM16-0219557"].source == str((moved / "facet-injections.txt").resolve())
    # and the next run skips them by their file hash alone
    again = index_paths(settings, [moved], store=store, encoder=fake_encoder)
    assert again.unchanged == 5 and fake_encoder.calls == calls


def test_original_file_is_kept_by_case_number(settings: Settings, letters_dir: Path, fake_encoder, tmp_path) -> None:
    if not REAL_PDFS.is_dir():
        pytest.skip(SKIP)
    pdf = tmp_path / "upload-1.pdf"
    shutil.copyfile(REAL_PDFS / "CM16-0247255.pdf", pdf)
    store = open_store(settings)
    report = index_paths(settings, [pdf, letters_dir / "CM16-0219557.txt"], store=store, encoder=fake_encoder)
    assert report.letters == ["CM16-0247255", "CM16-0219557"]
    assert sorted(p.name for p in settings.docs.iterdir()) == ["CM16-0219557.txt", "CM16-0247255.pdf"]
    assert (settings.docs / "CM16-0247255.pdf").read_bytes() == pdf.read_bytes()
    assert store.get_letter("CM16-0247255").source == str(pdf.resolve())


def test_find_files_sorts_dedups_and_reports(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "b/1.PDF", "b/notes.md", "a.txt"):
        (tmp_path / name).write_text("x")
    files, failures = find_files([tmp_path / "b", tmp_path / "a.txt", tmp_path / "b" / "2.txt", tmp_path / "c.doc"])
    assert [p.name for p in files] == ["1.PDF", "2.txt", "a.txt"]
    assert [f.reason for f in failures] == [f"{tmp_path / 'c.doc'}: no such file or folder"]


@pytest.mark.slow
def test_end_to_end_real_model_finds_the_lumbar_mri_item(settings: Settings, letters_dir: Path, real_encoder) -> None:
    store = open_store(settings)
    report = index_paths(settings, [letters_dir], store=store, encoder=real_encoder)
    assert report.summary() == f"indexed 5 letters ({FIVE_CHUNKS} chunks), unchanged 0, failed 0"
    question = "Why was an MRI of the lumbar spine denied?"
    vector = real_encoder.encode([question])
    assert vector.shape == (1, 384)
    assert abs(float(np.linalg.norm(vector[0])) - 1.0) < 1e-4
    hits = store.nearest(vector[0], k=20, section="item")[:5]
    top_id, score = hits[0]
    assert top_id in ("CM16-0247255/item-1/rationale-1", "CM16-0240900/item-1/rationale-1")
    item = store.get_letter(top_id.split("/")[0]).items[0]
    assert "MRI" in item.request and "lumbar" in item.request.lower(), hits[0]
    assert item.body_regions == ("lumbar",)
    assert item.decision == "Upheld"
    assert 0.3 < score <= 1.0
    # the cervical MRI and elbow MRI rank below both lumbar MRIs
    ranked = [h[0] for h in hits]
    lumbar = [ranked.index("CM16-0247255/item-1/rationale-1"), ranked.index("CM16-0240900/item-1/rationale-1")]
    assert max(lumbar) < ranked.index("CM16-0224814/item-1/rationale-1")


def test_chunk_count_matches_chunker(real_txt) -> None:
    count = wordpieces()
    total = sum(len(chunk_letter(load_letter(real_txt(case)), count)) for case in FIVE)
    assert total == FIVE_CHUNKS


def test_two_files_of_one_case_index_the_first_and_never_swap(settings: Settings, letters_dir: Path, fake_encoder) -> None:
    store = open_store(settings)
    original = letters_dir / "CM16-0240900.txt"
    text = original.read_text(encoding="utf-8")
    twin = letters_dir / "0-copy-of-CM16-0240900.txt"  # sorts before the original
    twin.write_text(text.replace("medically necessary", "medically necessary at this time", 1), encoding="utf-8")
    assert twin.read_text(encoding="utf-8") != text
    first = index_paths(settings, [letters_dir], store=store, encoder=fake_encoder)
    assert first.indexed == 5 and [f.path for f in first.failed] == [str(original)]
    assert first.failed[0].reason == (
        f"{original}: holds case CM16-0240900, as {twin} does, with different text; only {twin} is indexed. "
        "Remove or rename one of the two files."
    )
    assert store.letter_records()["CM16-0240900"].source == str(twin.resolve())
    embedded = fake_encoder.texts
    again = index_paths(settings, [letters_dir], store=store, encoder=fake_encoder)
    assert (again.indexed, again.unchanged, len(again.failed)) == (0, 5, 1)
    assert fake_encoder.texts == embedded  # nothing re-embedded: the same file stays the letter
    assert store.letter_records()["CM16-0240900"].source == str(twin.resolve())


def test_an_identical_copy_of_a_letter_is_indexed_once_without_failing(settings: Settings, letters_dir: Path,
                                                                       fake_encoder) -> None:
    store = open_store(settings)
    (letters_dir / "sub").mkdir()
    (letters_dir / "sub" / "CM16-0240900.txt").write_bytes((letters_dir / "CM16-0240900.txt").read_bytes())
    report = index_paths(settings, [letters_dir], store=store, encoder=fake_encoder)
    assert (report.indexed, report.unchanged, report.failed) == (5, 1, [])
    assert store.count() == FIVE_CHUNKS


def test_the_report_says_where_the_time_went(settings: Settings, letters_dir: Path, fake_encoder) -> None:
    report = index_paths(settings, [letters_dir], store=open_store(settings), encoder=fake_encoder)
    # five letters: parsed inline (under the pool's minimum) before their one encode batch (so all
    # the waiting is the start), one commit, one segment
    assert sorted(report.stages) == ["annotate", "encode", "lexical", "parse_start", "store", "writer_wait"]
    assert all(seconds >= 0.0 for seconds in report.stages.values())
    assert sum(report.stages.values()) - report.stages["store"] <= report.seconds
    again = index_paths(settings, [letters_dir], store=open_store(settings), encoder=fake_encoder)
    assert sorted(again.stages) == ["parse_start"]  # unchanged files: nothing encoded or stored


def test_keeping_an_original_replaces_the_case_copies_and_a_leftover_tmp(tmp_path: Path) -> None:
    from indexer.originals import keep_original, kept_copies

    settings = Settings.from_env({}, db=tmp_path / "index", docs=tmp_path / "docs")
    settings.docs.mkdir()
    for name in ("CM16-0000001.pdf", "CM16-0000001.txt.tmp", "CM16-0000002.pdf", "CM16-00000011.txt"):
        (settings.docs / name).write_text("old")
    source = tmp_path / "letter.txt"
    source.write_text("new")
    assert [p.name for p in kept_copies(settings.docs, "CM16-0000001")] == ["CM16-0000001.pdf", "CM16-0000001.txt.tmp"]
    keep_original(settings, source, "CM16-0000001")
    assert sorted(p.name for p in settings.docs.iterdir()) == ["CM16-0000001.txt", "CM16-00000011.txt", "CM16-0000002.pdf"]
    assert (settings.docs / "CM16-0000001.txt").read_text() == "new"


def test_a_new_labels_version_refreshes_item_rows_without_reembedding(settings: Settings, letters_dir: Path,
                                                                       fake_encoder, monkeypatch) -> None:
    import indexer.prepare

    store = open_store(settings)
    index_paths(settings, [letters_dir], store=store, encoder=fake_encoder)
    sql = ("SELECT i.item_index, t.treatment FROM items i JOIN item_treatments t ON t.item_id = i.id "
           "WHERE i.case_number = 'CM16-0240900' ORDER BY 1, 2")
    assert store.catalog.query(sql) == [(1, "imaging"), (1, "mri"), (1, "tests"), (2, "physical_therapy")]
    # an older labelling left other rows: the next indexer version must replace them
    store.catalog.db.execute("DELETE FROM item_treatments")
    store.catalog.db.execute("DELETE FROM sentences")
    store.catalog.db.commit()
    texts = fake_encoder.texts
    monkeypatch.setattr(indexer.prepare, "LABELS_VERSION", "test-next")
    report = index_paths(settings, [letters_dir], store=store, encoder=fake_encoder)
    assert report.summary() == "indexed 0 letters (0 chunks), unchanged 5, failed 0"
    assert fake_encoder.texts - texts == _open_sentences(letters_dir)  # roles again; no chunk re-embedded
    assert store.catalog.query(sql) == [(1, "imaging"), (1, "mri"), (1, "tests"), (2, "physical_therapy")]
    assert store.catalog.query("SELECT count(*) FROM sentences")[0][0] > 0
    assert store.count() == FIVE_CHUNKS
