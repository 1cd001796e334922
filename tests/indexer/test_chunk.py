"""chunk_letter over every real letter: coverage of item blocks, the model window, ids, metadata."""

from __future__ import annotations

import hashlib
import socket
from pathlib import Path

import pytest

from indexer.chunk import BUDGET, chunk_letter, letter_hash, windows
from indexer.model import Chunk, Letter
from indexer.pdf import read_letter
from indexer.sentences import normalise
from indexer.prepare import classify
from indexer.parse import parse_letter
from indexer.tokens import MODEL_MAX_WORDPIECES, cl100k, count_tiktoken, wordpieces

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REAL_PDFS = SHARED / "corpus" / "dwc-imr-2016-2017" / "pdf"
SEED = SHARED / "seeds" / "000_95e1945bc69d4d51.txt"
SKIP = "../shared/corpus not found: real-letter tests need the shared corpus beside the checkout"
CASES = sorted(p.stem for p in REAL_PDFS.glob("*.pdf")) if REAL_PDFS.is_dir() else []


@pytest.fixture(scope="session")
def real_letters(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Letter]:
    """Every real letter parsed once (from its PDF); its text is also left as CASE.txt in a
    session folder that the other indexer test modules reuse instead of reading the PDF again."""
    if not CASES:
        pytest.skip(SKIP)
    cache = tmp_path_factory.getbasetemp() / "real-letter-txt"
    cache.mkdir(exist_ok=True)
    letters = {}
    for case in CASES:
        lt = read_letter(REAL_PDFS / f"{case}.pdf")
        out = cache / f"{case}.txt"
        if not out.exists():
            part = out.with_suffix(".part")
            part.write_text(lt.text, encoding="utf-8")
            part.replace(out)
        letters[case] = classify(parse_letter(lt))
    return letters


@pytest.fixture(scope="session")
def real_chunks(real_letters: dict[str, Letter]) -> dict[str, list[Chunk]]:
    count = wordpieces()
    return {case: chunk_letter(letter, count) for case, letter in real_letters.items()}


def _item_chunks(chunks: list[Chunk], index: int) -> list[Chunk]:
    return [c for c in chunks if c.section == "item" and c.item_index == index]


# -- every real letter ------------------------------------------------------------------------------
def test_real_corpus_present_or_skipped(real_letters: dict[str, Letter], real_chunks) -> None:
    assert len(real_letters) == 74
    assert sum(len(letter.items) for letter in real_letters.values()) == 140
    # every item has at least one chunk, and some items need more than one window
    item_chunks = [c for chunks in real_chunks.values() for c in chunks if c.section == "item"]
    assert len({(c.case_number, c.item_index) for c in item_chunks}) == 140
    assert len(item_chunks) > 140


@pytest.mark.parametrize("case", CASES or [None])
def test_item_chunks_cover_each_item_block_exactly(case, real_letters, real_chunks) -> None:
    letter = real_letters[case]
    chunks = real_chunks[case]
    for item in letter.items:
        spans = [c.span for c in _item_chunks(chunks, item.index)]
        assert spans, f"{case} item {item.index}: no chunk"
        assert spans[0][0] == item.span[0], f"{case} item {item.index}: first chunk starts late"
        assert spans[-1][1] == item.span[1], f"{case} item {item.index}: last chunk ends early"
        for (a_start, a_end), (b_start, b_end) in zip(spans, spans[1:]):
            assert a_end == b_start, f"{case} item {item.index}: gap or overlap between {a_end} and {b_start}"
        assert all(start < end for start, end in spans)
        # every character of the block is covered once
        covered = [i for start, end in spans for i in range(start, end)]
        assert covered == list(range(*item.span))
        # each chunk's text is its span's words, after the repeated heading where one is needed
        prefix = f"{item.request}: {item.decision}."
        for chunk in _item_chunks(chunks, item.index):
            body = normalise(letter.text[chunk.span[0] : chunk.span[1]])
            assert chunk.text in (body, f"{prefix} {body}"), chunk.id


@pytest.mark.parametrize("case", CASES or [None])
def test_every_chunk_fits_the_model_window(case, real_chunks) -> None:
    chunks = real_chunks[case]
    counts = wordpieces().many([c.text for c in chunks])
    for chunk, n in zip(chunks, counts):
        assert n + 2 <= MODEL_MAX_WORDPIECES, f"{chunk.id}: {n} wordpieces + [CLS]/[SEP] > {MODEL_MAX_WORDPIECES}"
        assert chunk.tokens == count_tiktoken(chunk.text)


@pytest.mark.parametrize("case", CASES or [None])
def test_windows_start_with_request_and_decision(case, real_letters, real_chunks) -> None:
    letter = real_letters[case]
    for item in letter.items:
        item_chunks = _item_chunks(real_chunks[case], item.index)
        assert [c.window for c in item_chunks] == list(range(1, len(item_chunks) + 1))
        for chunk in item_chunks:
            assert chunk.text.startswith(f"{item.request}: {item.decision}"), chunk.id
            assert (chunk.request, chunk.decision) == (item.request, item.decision)


def test_ids_are_readable_unique_and_stable(real_letters, real_chunks) -> None:
    ids = [c.id for chunks in real_chunks.values() for c in chunks]
    assert len(ids) == len(set(ids))
    assert [c.id for c in real_chunks["CM16-0219557"]] == [
        "CM16-0219557/header-1",
        "CM16-0219557/reviewer-1",
        "CM16-0219557/summary-1",
        "CM16-0219557/summary-2",
        "CM16-0219557/item-1/rationale-1",
        "CM16-0219557/item-1/rationale-2",
        "CM16-0219557/item-1/rationale-3",
    ]
    assert [c.id for c in real_chunks["CM16-0240900"] if c.section == "item"] == [
        "CM16-0240900/item-1/rationale-1",
        "CM16-0240900/item-2/rationale-1",
    ]
    again = chunk_letter(real_letters["CM16-0219557"], wordpieces())
    assert again == real_chunks["CM16-0219557"]


def test_metadata_of_a_multi_window_item(real_letters, real_chunks) -> None:
    letter = real_letters["CM16-0219557"]
    digest = hashlib.sha256(b"2\0" + letter.text.encode()).hexdigest()
    assert letter_hash(letter) == digest
    first, second, third = _item_chunks(real_chunks["CM16-0219557"], 1)
    assert first.case_number == "CM16-0219557"
    assert first.section == "item"
    assert first.item_index == 1
    assert first.request == "Facet joint injections L4-5, L5-S1"
    assert first.decision == "Upheld"
    assert first.category == "injection"
    assert first.body_regions == ("lumbar",)
    assert first.guideline_source == "MTUS Low Back Complaints 2004"
    assert first.guideline_sections == ("Summary", "Facet blocks")
    assert first.guideline_pages == ("607",)
    assert first.decision_date == "2016-12-19"
    assert (first.age, first.sex, first.date_of_injury) == (34, "male", "2016-10-10")
    assert first.pages == (2,)
    assert (first.span, second.span, third.span) == ((3097, 4066), (4066, 4863), (4863, 5190))
    assert first.text.startswith("Facet joint injections L4-5, L5-S1: Upheld Claims Administrator guideline:")
    assert second.text.startswith(
        "Facet joint injections L4-5, L5-S1: Upheld. The applicant's superimposed radicular symptoms"
    )
    assert third.text.endswith("Therefore, the request was not medically necessary.")
    for chunk in (first, second, third):
        assert chunk.content_hash == digest
        assert chunk.tokens == count_tiktoken(chunk.text)
    assert (first.tokens, second.tokens, third.tokens) == (218, 181, 100)


def test_metadata_of_an_item_across_a_page_break(real_chunks) -> None:
    (chunk,) = [c for c in real_chunks["CM16-0247255"] if c.section == "item"]
    assert chunk.id == "CM16-0247255/item-1/rationale-1"
    assert chunk.request == "MRI of the lumbar spine without contrast"
    assert chunk.decision == "Upheld"
    assert chunk.category == "imaging"
    assert chunk.body_regions == ("lumbar",)
    assert chunk.guideline_source == "MTUS Low Back Complaints 2004"
    assert chunk.guideline_sections == ("Summary",)
    assert chunk.guideline_pages == ()
    assert chunk.span == (2341, 3014)
    assert chunk.pages == (1, 2)
    assert chunk.decision_date == "2017-01-25"
    assert chunk.tokens == 143


def test_letter_sections_are_chunked_with_a_label(real_chunks) -> None:
    header, reviewer, summary_1, summary_2 = [c for c in real_chunks["CM16-0219557"] if c.section != "item"]
    assert header.text.startswith("Letter header, case CM16-0219557. Case Number: CM16-0219557")
    assert reviewer.text.startswith("Expert reviewer, case CM16-0219557. HOW THE IMR FINAL DETERMINATION WAS MADE")
    assert summary_1.text.startswith("Clinical case summary, case CM16-0219557. The applicant is a 34-year-old male")
    assert summary_1.span[1] == summary_2.span[0]
    assert {c.item_index for c in (header, reviewer, summary_1, summary_2)} == {0}
    assert (header.request, header.decision) == ("", "")


def test_seed_letter_guideline_pages() -> None:
    if not SEED.exists():
        pytest.skip(SKIP)
    letter = classify(parse_letter(read_letter(SEED)))
    items = [c for c in chunk_letter(letter, wordpieces()) if c.section == "item"]
    assert [c.id for c in items] == [
        "000_95e1945bc69d4d51/item-1/rationale-1",
        "000_95e1945bc69d4d51/item-2/rationale-1",
        "000_95e1945bc69d4d51/item-2/rationale-2",
    ]
    assert items[0].request == "PT 2X4 FOR THE L/S"
    assert items[0].guideline_pages == ("98-99",)
    assert items[1].request == "MRI FOR THE C/S AND L/S"
    assert items[1].guideline_pages == ("177-179", "303-305")
    assert items[2].text.startswith("MRI FOR THE C/S AND L/S: Upheld. ")


# -- tokens and sentences -----------------------------------------------------------------------------
def test_tiktoken_counts_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    import tiktoken.load

    def no_download(*args, **kwargs):
        raise AssertionError("tiktoken tried to read or download its BPE file")

    def no_network(*args, **kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(tiktoken.load, "read_file", no_download)
    monkeypatch.setattr(tiktoken.load, "read_file_cached", no_download)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    cl100k.cache_clear()
    assert count_tiktoken("hello world") == 2
    assert cl100k().encode("hello world") == [15339, 1917]
    assert count_tiktoken("tiktoken is great!") == 6
    assert count_tiktoken("") == 0
    assert count_tiktoken("<|endoftext|>") == 7  # special tokens are counted as plain text


def test_wordpieces_count_without_cls_and_sep() -> None:
    count = wordpieces()
    assert count("hello world") == 2
    assert count("") == 0
    assert count.many(["hello world", "MRI of the lumbar spine"]) == [2, 7]  # lumbar -> lu ##mba ##r


def test_windows_are_contiguous_and_within_budget() -> None:
    def words(s: str) -> int:
        return len(s.split())

    sentence = "One two three four five six seven eight nine ten. "
    text = "HEAD " + sentence * 7
    span = (5, len(text))
    out = windows(text, span, "PREFIX:", words, budget=31)
    assert out[0][0] == 5 and out[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(out, out[1:]))
    assert [words(text[a:b]) for a, b in out] == [30, 30, 10]
    # a single sentence longer than the window is cut between words
    long = " ".join(f"w{i}" for i in range(100)) + "."
    pieces = windows(long, (0, len(long)), "P", words, budget=21)
    assert [words(long[a:b]) for a, b in pieces] == [20] * 5
    assert "".join(long[a:b] for a, b in pieces) == long
    # short text: one window, untouched
    assert windows("Short text.", (0, 11), "P", words) == [(0, 11)]
    assert BUDGET == 250
