"""One letter file made ready for the index: found, read, parsed, tagged, chunked and labelled.

`find_files` lists the letter files under the paths given; `load_letter` reads, parses and tags
one (category, body regions, short title, treatment sets, citations: `classify`); `annotate` fills
its items' sentence roles and reasons. `prepare_file` is the part of indexer.pipeline's run that
goes ahead in a worker process: it skips a file whose digest (its bytes with the chunker and
labels versions) is unchanged, and otherwise returns the letter with its chunks, labelled when
the role rules settle every sentence without the model. `iter_letters` parses for `imr parse`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import msgspec

from indexer.chunk import CHUNKER_VERSION, chunk_letter, letter_hash
from indexer.citations import rationale_citations
from indexer.errors import ImrError, ParseError
from indexer.model import Chunk, Letter
from indexer.parse import parse_letter
from indexer.pdf import read_letter
from indexer.reasons import reason_letters
from indexer.roles import label_letters
from indexer.taxonomy import classify_request
from indexer.titles import short_title
from indexer.tokens import wordpieces
from indexer.treatments import match_treatments

SUFFIXES = (".pdf", ".txt")


class Failure(msgspec.Struct, frozen=True):
    path: str
    reason: str


def find_files(paths: Iterable[Path]) -> tuple[list[Path], list[Failure]]:
    """Letter files under `paths` (folders recursively), sorted; bad paths as failures."""
    files: list[Path] = []
    failures: list[Failure] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                files.append(path)
            else:
                failures.append(Failure(str(path), f"{path}: not a .pdf or .txt letter; give IMR letters as PDF or text"))
        else:
            failures.append(Failure(str(path), f"{path}: no such file or folder"))
    seen: set[Path] = set()
    unique = [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]
    return unique, failures


# sentence roles, reasons, treatment sets and body regions (indexer.roles, .reasons, .treatments,
# .taxonomy): a change re-reads every file
LABELS_VERSION = "32"


def file_digest(data: bytes) -> str:
    return hashlib.sha256(f"{CHUNKER_VERSION}.{LABELS_VERSION}".encode() + b"\0" + data).hexdigest()


def annotate(letters: list[Letter], encoder) -> list[Letter]:
    """The letters with their items' sentence roles and reasons filled. `encoder` may be a factory,
    called only when some sentence is left open by the rules."""
    return reason_letters(label_letters(letters, encoder))


def classify(letter: Letter) -> Letter:
    items = []
    for item in letter.items:
        category, regions = classify_request(item.request)
        items.append(
            msgspec.structs.replace(
                item,
                category=category,
                body_regions=regions,
                title=short_title(item.request),
                treatments=match_treatments(item.request),
                citations=rationale_citations(letter.text, *item.rationale_span),
            )
        )
    return msgspec.structs.replace(letter, items=tuple(items))


def load_letter(path: Path) -> Letter:
    """Read, parse and tag one letter file."""
    return classify(parse_letter(read_letter(path)))


class _ModelNeeded(Exception):
    """Raised in a parse worker when the role rules leave a sentence open: the letter is labelled
    in the encoding thread, with the batch's one model call."""


def _no_model():
    raise _ModelNeeded


def prepare_file(job: tuple[Path, str, str | None]) -> tuple[str, Letter | None, str, list[Chunk] | Exception, bool]:
    """Read, and unless its digest is `skip` (unchanged), parse, tag and chunk one file: the part
    of index_paths that runs ahead in a worker process. Sentence roles and reasons are filled here
    too when the rules settle every sentence (no model needed). Returns (digest, letter, content
    hash, chunks or the error chunking raised, which index_paths raises only where it chunks,
    whether the letter is labelled)."""
    path, source, skip = job
    digest = file_digest(path.read_bytes())
    if digest == skip:
        return digest, None, "", [], False
    letter = msgspec.structs.replace(load_letter(path), source=source)
    try:
        chunks: list[Chunk] | Exception = chunk_letter(letter, wordpieces())
    except Exception as exc:
        chunks = exc
    content = letter_hash(letter)
    try:
        (letter,) = annotate([letter], _no_model)
        labelled = True
    except _ModelNeeded:
        labelled = False
    return digest, letter, content, chunks, labelled


def iter_letters(paths: Iterable[Path]) -> Iterator[tuple[Path, Letter | ParseError]]:
    """Parse every letter under `paths`, yielding the letter or its parse error (for `imr parse`)."""
    files, failures = find_files(paths)
    for failure in failures:
        yield Path(failure.path), ParseError(failure.reason)
    for path in files:
        try:
            yield path, load_letter(path)
        except ImrError as exc:
            yield path, ParseError(str(exc))
