"""Letter text the system did not produce, for checking its citations' quotes (support.citation_independent).

Per letter:
- the reference parse's (or truth file's) texts for every item: the heading as printed
  ("<request>: <decision>"), the request, both guideline lines and the decision rationale;
- the letter's whole text from a different reader than the system's: `pdftotext -layout` (poppler)
  when it is installed; the system reads PDFs with pypdfium2 (PDFium), so without poppler there is
  no second reader and only the reference texts count; a .txt letter is read as it is on disk.
`pdf_reader()` names the reader used, for the report.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any


def reference_texts(record: Mapping[str, Any]) -> list[str]:
    """The item texts of one reference.jsonl / truth.jsonl record."""
    out = []
    for issue in record.get("issues") or []:
        request, decision = str(issue.get("request", "")), str(issue.get("decision", ""))
        out += [f"{request}: {decision}", request]
        out += [str(issue.get(key) or "") for key in
                ("claims_administrator_guideline", "maximus_guideline", "decision_rationale")]
    return [t for t in out if t.strip()]


def pdf_reader() -> str:
    """"pdftotext -layout", or "" (no second reader: reference texts only). pypdfium2 is the
    system's own reader (indexer/pdf.py), so it is no independent text; `file_text` still accepts
    it by name."""
    return "pdftotext -layout" if shutil.which("pdftotext") else ""


def file_text(path: Path, reader: str | None = None) -> str:
    """The text of a letter file by `reader` (default: pdf_reader()); "" when it cannot be read."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    reader = pdf_reader() if reader is None else reader
    if reader == "pdftotext -layout":
        done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, timeout=60)
        return done.stdout.decode("utf-8", errors="replace") if done.returncode == 0 else ""
    if reader == "pypdfium2":
        import pypdfium2

        document = pypdfium2.PdfDocument(str(path))
        try:
            return "\f".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
        finally:
            document.close()
    return ""


def independent_texts(records: Iterable[Mapping[str, Any]], letters_dir: Path, reader: str | None = None) -> dict[str, list[str]]:
    """Case number -> its independent texts. A record's file is `pdf` or `file` under `letters_dir`'s
    parent (reference.jsonl names "pdf/CM….pdf") or under `letters_dir` itself."""
    letters_dir = Path(letters_dir)
    out: dict[str, list[str]] = {}
    for record in records:
        texts = reference_texts(record)
        name = str(record.get("pdf") or record.get("file") or "")
        if name:
            candidates = [letters_dir.parent / name, letters_dir / name, letters_dir / Path(name).name]
            found = next((c for c in candidates if c.exists()), None)
            if found is not None:
                whole = file_text(found, reader)
                if whole.strip():
                    texts.append(whole)
        out[str(record["case_number"])] = texts
    return out
