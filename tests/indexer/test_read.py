"""read_letter: PDF and text files into pages joined by form feeds, and its errors."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from indexer.errors import ParseError
from indexer.overlap import ordered_map
from indexer.pdf import MAX_PDF_PAGES, join_pages, normalise_page, read_letter

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
PDFS = SHARED / "corpus" / "dwc-imr-2016-2017" / "pdf"
PDF = PDFS / "CM16-0219557.pdf"
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
    # plain reading-order text: the header's right column after the left, or on lines of its own
    assert lines[:6] == [
        "Case Number: CM16-0219557",
        "Date Assigned: 11/18/2016 Date of Injury: 10/10/2016",
        "Decision Date: 12/19/2016 UR Denial Date: 11/09/2016",
        "Priority: Standard Application",
        "Received:",
        "11/14/2016",
    ]
    assert "Facet joint injections L4-5, L5-S1: Upheld" in lines
    assert all(line == line.rstrip() and "\r" not in line for line in lines)
    for page in pages:
        assert min(len(line) - len(line.lstrip()) for line in page.splitlines() if line.strip()) == 0
        assert not page.endswith("\n")
    assert lt.text.rstrip().endswith("Therefore, the request was not medically necessary.")


def test_read_pdf_line_end_hyphen() -> None:
    """PDFium marks a hyphen that ends a line (U+FFFE) and drops the break; it reads as the letter prints it."""
    need(PDFS)
    text = read_letter(PDFS / "CM17-0013625.pdf").text
    assert "\ufffe" not in text
    assert "Guidelines state Anti-\ninflammatories are the traditional first line of treatment" in text
    assert "has failed over-the-\ncounter sleep aids" in text


def _pdf_of_blank_pages(path: Path, pages: int) -> Path:
    import pypdfium2

    doc = pypdfium2.PdfDocument.new()
    for _ in range(pages):
        doc.new_page(612, 792)
    doc.save(str(path))
    doc.close()
    return path


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = _pdf_of_blank_pages(tmp_path / "scan.pdf", 2)
    with pytest.raises(ParseError, match=r"scan.pdf: file has no text layer \(a scanned image\?\); OCR it first"):
        read_letter(path)


def test_pdf_with_too_many_pages(tmp_path: Path) -> None:
    path = _pdf_of_blank_pages(tmp_path / "book.pdf", MAX_PDF_PAGES + 1)
    with pytest.raises(ParseError, match=r"book.pdf: 151 pages is too long for an IMR letter \(the limit is 150\)"):
        read_letter(path)


def _locked_pdf() -> bytes:
    """A one-page PDF with an open password (standard security handler, RC4 40-bit): O and U are
    not what an empty password gives, so no reader can open it without the password."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    ident = b"<00112233445566778899aabbccddeeff>"
    out += b"trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [%s %s] >>\nstartxref\n%d\n%%%%EOF\n" % (
        ident, ident, xref)
    return out


def test_pdf_with_open_password(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(_locked_pdf())
    with pytest.raises(ParseError, match="locked.pdf: the PDF needs a password to open; give a copy without"):
        read_letter(path)


def test_encrypted_copy_no_letters_open() -> None:
    """DWC's letters are encrypted with an owner password only ("copy: no"): they read."""
    need(PDFS)
    head = (PDFS / "CM16-0219557.pdf").read_bytes()
    assert b"/Encrypt" in head
    assert read_letter(PDFS / "CM16-0219557.pdf").text.startswith("Case Number: CM16-0219557\n")


def test_pdf_reader_in_threads_and_forked_workers() -> None:
    """PDFium is not thread-safe: reads from several threads at once, and in the pipeline's forked
    worker processes, give the same text as reading one by one."""
    need(PDFS)
    paths = sorted(PDFS.glob("*.pdf"))[:16]
    serial = [read_letter(p) for p in paths]
    results: dict[int, list] = {}

    def run(n: int) -> None:
        results[n] = [read_letter(p) for p in paths]

    threads = [threading.Thread(target=run, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [results[n] for n in range(4)] == [serial] * 4
    forked = [future.result() for future in ordered_map(read_letter, paths, workers=2)]
    assert forked == serial


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
