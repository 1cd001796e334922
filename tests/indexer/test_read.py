"""read_letter: PDF and text files into pages joined by form feeds, and its errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from indexer.errors import ParseError
from indexer.pdf import join_pages, normalise_page, read_letter

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
PDF = SHARED / "corpus" / "dwc-imr-2016-2017" / "pdf" / "CM16-0219557.pdf"
SEED = SHARED / "seeds" / "000_95e1945bc69d4d51.txt"


def need(path: Path) -> None:
    if not path.exists():
        pytest.skip("../shared/corpus not found: real-letter tests need the shared corpus beside the checkout")


def test_normalise_page_strips_right_common_indent_and_trailing_blanks() -> None:
    page = "\n    Case Number:   CM16-0219557   \n      Date Assigned: 11/18/2016\n\n    end \n   \n\n"
    assert normalise_page(page) == "\nCase Number:   CM16-0219557\n  Date Assigned: 11/18/2016\n\nend"


def test_join_pages_records_page_starts() -> None:
    lt = join_pages("x.txt", ["one\n", "  two\n  three", "four"])
    assert lt.text == "one\ftwo\nthree\ffour"
    assert lt.page_starts == (0, 4, 14)
    assert lt.page_of(0) == 1 and lt.page_of(5) == 2 and lt.page_of(14) == 3


def test_read_pdf() -> None:
    need(PDF)
    lt = read_letter(PDF)
    assert lt.source == str(PDF)
    pages = lt.text.split("\f")
    assert len(pages) == 2
    assert lt.page_starts == (0, len(pages[0]) + 1)
    lines = lt.text.splitlines()
    assert "Case Number:   CM16-0219557" in lines
    assert "Facet joint injections L4-5, L5-S1: Upheld" in lines
    assert all(line == line.rstrip() for line in lines)
    for page in pages:  # the left margin pdfplumber pads is gone
        assert min(len(line) - len(line.lstrip()) for line in page.splitlines() if line.strip()) == 0
        assert not page.endswith("\n")
    assert lt.text.rstrip().endswith("Therefore, the request was not medically necessary.")


def test_read_pdftotext_style_txt(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(b"   Page one line\r\n      indented\r\n\x0c   Page two\x00 line  \n\n\x0c")
    lt = read_letter(path)
    assert lt.text == "Page one line\n   indented\fPage two line"
    assert lt.page_starts == (0, 26)


def test_read_plain_txt_is_one_page() -> None:
    need(SEED)
    lt = read_letter(SEED)
    assert lt.page_starts == (0,)
    assert "\f" not in lt.text
    assert lt.text.splitlines()[0] == " HOW THE IMR FINAL DETERMINATION WAS MADE"  # other lines start at 0


def test_read_cp1252_txt(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("the \u201cnot recommended\u201d wording \u2013 caf\u00e9".encode("cp1252"))
    assert read_letter(path).text == "the \u201cnot recommended\u201d wording \u2013 caf\u00e9"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="nope.pdf: file not found"):
        read_letter(tmp_path / "nope.pdf")


def test_unsupported_extension(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(ParseError, match=r"letter.docx: unsupported file type '.docx'"):
        read_letter(path)


@pytest.mark.parametrize("name", ["empty.pdf", "empty.txt"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(ParseError, match=f"{name}: file is empty"):
        read_letter(path)


def test_blank_txt(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("  \n\f\n ")
    with pytest.raises(ParseError, match="blank.txt: file has only blank text"):
        read_letter(path)


def test_junk_pdf(tmp_path: Path) -> None:
    path = tmp_path / "junk.pdf"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(ParseError, match="junk.pdf: not a readable PDF"):
        read_letter(path)


def test_truncated_pdf(tmp_path: Path) -> None:
    need(PDF)
    path = tmp_path / "cut.pdf"
    path.write_bytes(PDF.read_bytes()[:300])
    with pytest.raises(ParseError, match="cut.pdf: "):
        read_letter(path)


def test_binary_txt(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(1, 32)) * 50)
    with pytest.raises(ParseError, match="junk.txt: looks like binary data"):
        read_letter(path)
