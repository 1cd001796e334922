"""Index one uploaded letter: kept under the documents folder, parsed, embedded, stored."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from indexer.errors import ImrError, StoreUnavailableError
from indexer.pipeline import index_paths
from indexer.prepare import load_letter
from service.engine import Engine
from service.types import Indexed

SAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]+")


def index_upload(engine: Engine, filename: str, data: bytes) -> Indexed:
    suffix = Path(filename).suffix.lower()
    if suffix not in (".pdf", ".txt"):
        raise ImrError(f"{filename}: upload a .pdf or .txt IMR letter (got {suffix or 'no extension'})")
    if not data:
        raise ImrError(f"{filename}: the uploaded file is empty; upload a .pdf or .txt IMR letter")
    name = SAFE_NAME.sub("_", Path(filename).stem).strip("._")[:80] or "letter"
    with tempfile.TemporaryDirectory(prefix="imr-upload-") as tmp:
        probe = Path(tmp) / f"{name}{suffix}"
        probe.write_bytes(data)
        try:
            letter = load_letter(probe)  # a bad upload fails here, before anything is stored
        except ImrError as exc:
            raise ImrError(str(exc).replace(str(probe), filename)) from None
    inbox = engine.settings.docs / "uploads"
    inbox.mkdir(parents=True, exist_ok=True)
    path = inbox / f"{letter.case_number}{suffix}"
    path.write_bytes(data)
    report = index_paths(engine.settings, [path], store=engine.store, encoder=engine.encoder)
    if report.failed:
        raise StoreUnavailableError(report.failed[0].reason.replace(str(path), filename))
    engine.invalidate([letter.case_number])
    stored = engine.letter(letter.case_number)
    return Indexed(
        case_number=stored.case_number,
        items=[{"index": i.index, "title": i.title or i.request, "request": i.request, "decision": i.decision,
                "pages": list(i.pages)}
               for i in stored.items],
        chunks=report.chunks,
        status="indexed" if report.indexed else "unchanged",
    )
