"""Read a letter file (PDF or text) into a `LetterText`: pages joined by form feeds.

PDFs are read with pypdfium2 (Google's PDFium, bundled in the wheel; Apache-2.0/BSD-3). Measured on
the 74 real letters, one core (`bench/parse_speed.py`, BENCHMARKS.md "PDF reading"): pdfplumber's
layout mode 150-180 ms a letter, poppler's `pdftotext -layout` 9-12 ms (a process per letter),
PDFium 3.2 ms. Both fast readers give a parse identical to pdfplumber's on all 74. PDFium is
chosen: it runs in process (no process started per letter, no system package to install and no
missing-binary case), it opens DWC's encrypted "copy: no" letters, and it is the fastest. Its text
is plain reading order, not layout: the header's two columns come out as separate lines, there are
no blank lines between paragraphs, and a hyphen that ends a line is marked U+FFFE with the line
break dropped (put back here as "-" and a newline, as the layout readers print it). The parser
reads both shapes; `.txt` letters made by `pdftotext -layout` keep their layout.

PDFium is not thread-safe: every call into it holds `_PDFIUM`, and a fork waits for the call in
flight, so worker processes forked by the pipeline start with PDFium idle.

Every page is normalised the same way whatever the source: lines right-stripped, the page's
common leading indentation removed (pdftotext -layout keeps the letter's own margin), trailing
blank lines dropped.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from indexer.errors import ParseError
from indexer.model import LetterText

if TYPE_CHECKING:
    import pypdfium2

logger = logging.getLogger(__name__)

SUFFIXES = (".pdf", ".txt")
# Control characters other than tab, newline, carriage return and form feed: many of them in a
# text file mean it is binary, not a letter.
_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f") | {"\x7f"}
_MAX_CONTROL_SHARE = 0.01
# Real letters are 1-10 pages and under 100 KB of text (21 items is the most seen); far larger
# input is not a letter and would tie up a worker, so it is refused up front.
MAX_TXT_BYTES = 2 * 1024 * 1024
MAX_PDF_PAGES = 150
MAX_TEXT_CHARS = 1_000_000
# PDFium marks a hyphen that ends a line with U+FFFE and drops the line break after it.
_LINE_END_HYPHEN = re.compile("\ufffe(?:\r?\n)?")
_PDFIUM = threading.Lock()  # one PDFium call at a time in this process
os.register_at_fork(before=_PDFIUM.acquire, after_in_parent=_PDFIUM.release, after_in_child=_PDFIUM.release)


def read_letter(path: Path) -> LetterText:
    """Read a `.pdf` or `.txt` letter; raise `ParseError` naming the file when it cannot."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ParseError(
            f"{path}: unsupported file type {path.suffix or '(none)'!r}; "
            "give a .pdf letter or a .txt made by `pdftotext -layout`"
        )
    if not path.is_file():
        raise ParseError(f"{path}: file not found; check the path")
    started = time.perf_counter()
    try:
        size = path.stat().st_size
        if size == 0:
            raise ParseError(f"{path}: file is empty; give a DWC IMR determination letter")
        if suffix == ".txt" and size > MAX_TXT_BYTES:
            raise ParseError(f"{path}: {size:,} bytes is too large for an IMR letter "
                             f"(the limit is {MAX_TXT_BYTES:,} bytes of text); give one letter per file")
        pages = _pdf_pages(path) if suffix == ".pdf" else _txt_pages(path)
    except OSError as exc:
        raise ParseError(f"{path}: cannot read file ({exc.strerror or exc}); check permissions") from exc
    lt = join_pages(str(path), pages)
    if len(lt.text) > MAX_TEXT_CHARS:
        raise ParseError(f"{path}: {len(lt.text):,} characters of text is too large for an IMR letter "
                         f"(the limit is {MAX_TEXT_CHARS:,}); give one letter per file")
    if not lt.text.strip():
        what = "no text layer (a scanned image?); OCR it first" if suffix == ".pdf" else "only blank text"
        raise ParseError(f"{path}: file has {what}")
    logger.debug("read %s: %d pages in %.3fs", path.name, len(pages), time.perf_counter() - started)
    return lt


def join_pages(source: str, pages: list[str]) -> LetterText:
    """Normalise each page and join them with form feeds, recording where each page starts."""
    normalised = [normalise_page(page) for page in pages] or [""]
    starts: list[int] = []
    offset = 0
    for page in normalised:
        starts.append(offset)
        offset += len(page) + 1  # the "\f" that follows
    return LetterText(source=source, text="\f".join(normalised), page_starts=tuple(starts))


def normalise_page(page: str) -> str:
    """Right-strip lines, remove the common leading indentation, drop trailing blank lines."""
    lines = [line.rstrip() for line in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    indents = [len(line) - len(line.lstrip(" ")) for line in lines if line]
    cut = min(indents, default=0)
    if cut:
        lines = [line[cut:] for line in lines]
    return "\n".join(lines)


def _pdf_pages(path: Path) -> list[str]:
    try:
        import pypdfium2 as pdfium
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ParseError(f"{path}: pypdfium2 is not installed; install the project's dependencies") from exc
    with _PDFIUM:
        try:
            doc = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            if exc.err_code == pdfium.raw.FPDF_ERR_PASSWORD:
                raise ParseError(f"{path}: the PDF needs a password to open; give a copy without an open "
                                 "password (DWC's published letters open without one)") from exc
            raise ParseError(f"{path}: not a readable PDF ({exc}); check that the file is a complete, "
                             "unencrypted-or-openable PDF letter") from exc
        try:
            return _document_pages(path, doc)
        finally:
            doc.close()


def _document_pages(path: Path, doc: pypdfium2.PdfDocument) -> list[str]:
    import pypdfium2 as pdfium

    count = len(doc)
    if count > MAX_PDF_PAGES:
        raise ParseError(f"{path}: {count} pages is too long for an IMR letter "
                         f"(the limit is {MAX_PDF_PAGES}); give one letter per file")
    pages: list[str] = []
    chars = 0
    for index in range(count):
        try:
            page = doc[index]
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                finally:
                    textpage.close()
            finally:
                page.close()
        except pdfium.PdfiumError as exc:
            raise ParseError(f"{path}: not a readable PDF (page {index + 1}: {exc}); check that the file "
                             "is a complete, unencrypted-or-openable PDF letter") from exc
        chars += len(text)
        if chars > MAX_TEXT_CHARS:
            raise ParseError(f"{path}: over {MAX_TEXT_CHARS:,} characters of text is too large for an IMR "
                             "letter; give one letter per file")
        pages.append(_LINE_END_HYPHEN.sub("-\n", text).replace("\x00", ""))
    return pages


def _txt_pages(path: Path) -> list[str]:
    data = path.read_bytes().replace(b"\x00", b"")
    text = _decode(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    if text:
        control = sum(1 for ch in text if ch in _CONTROL)
        if control > _MAX_CONTROL_SHARE * len(text):
            raise ParseError(f"{path}: looks like binary data, not text; give a .pdf or a pdftotext -layout .txt")
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()  # pdftotext ends every page, the last included, with a form feed
    return pages


def _decode(data: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")
