"""Index letters: read -> parse -> chunk -> embed -> store, idempotent and incremental.

- A file whose bytes (and the indexer version) are unchanged since it was indexed is skipped
  without parsing; a letter whose text is unchanged is not re-embedded.
- A changed letter's chunks are replaced: new ones upserted, stale ids deleted.
- One bad file never stops the batch: it is reported with its reason and the rest go on.
- The letter record is written after its chunks, so an interrupted run is completed by the next.
- The stages overlap (indexer.overlap): big batches are read, parsed and chunked ahead in worker
  processes, and stored behind on a writer thread, while this thread encodes.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import msgspec

from indexer.chunk import CHUNKER_VERSION, chunk_letter, letter_hash
from indexer.embed import Encoder
from indexer.errors import ImrError, ParseError
from indexer.model import Chunk, Letter
from indexer.overlap import StoreWriter, ordered_map
from indexer.parse import parse_letter
from indexer.pdf import read_letter
from indexer.reasons import reason_letters
from indexer.roles import label_letters
from indexer.settings import Settings
from indexer.store import LetterRecord, Store
from indexer.taxonomy import classify_request
from indexer.tokens import wordpieces

logger = logging.getLogger(__name__)

SUFFIXES = (".pdf", ".txt")
BATCH_CHUNKS = 256  # chunks gathered across letters before one encode call

Progress = Callable[[int, int, str], None]


class Failure(msgspec.Struct, frozen=True):
    path: str
    reason: str


class IndexReport(msgspec.Struct, kw_only=True):
    indexed: int = 0
    chunks: int = 0
    unchanged: int = 0
    failed: list[Failure] = msgspec.field(default_factory=list)
    pruned: int = 0
    seconds: float = 0.0
    letters: list[str] = msgspec.field(default_factory=list)  # case numbers indexed in this run

    def summary(self) -> str:
        line = f"indexed {self.indexed} letters ({self.chunks} chunks), unchanged {self.unchanged}, failed {len(self.failed)}"
        if self.pruned:
            line += f", pruned {self.pruned}"
        return line


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


LABELS_VERSION = "1"  # sentence roles and reasons (indexer.roles, indexer.reasons): a change re-reads every file


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
        items.append(msgspec.structs.replace(item, category=category, body_regions=regions))
    return msgspec.structs.replace(letter, items=tuple(items))


def load_letter(path: Path) -> Letter:
    """Read, parse and tag one letter file."""
    return classify(parse_letter(read_letter(path)))


def _prepare(job: tuple[Path, str, str | None]) -> tuple[str, Letter | None, str, list[Chunk] | Exception]:
    """Read, and unless its digest is `skip` (unchanged), parse, tag and chunk one file: the part
    of index_paths that runs ahead in a worker process. Returns (digest, letter, content hash,
    chunks or the error chunking raised, which index_paths raises only where it chunks)."""
    path, source, skip = job
    digest = file_digest(path.read_bytes())
    if digest == skip:
        return digest, None, "", []
    letter = msgspec.structs.replace(load_letter(path), source=source)
    try:
        chunks: list[Chunk] | Exception = chunk_letter(letter, wordpieces())
    except Exception as exc:
        chunks = exc
    return digest, letter, letter_hash(letter), chunks


class _Pending(msgspec.Struct):
    letter: Letter
    record: LetterRecord
    path: Path
    chunks: list[Chunk]
    replaces: str = ""  # the case number this file held before, when it now holds another


def index_paths(
    settings: Settings,
    paths: Iterable[Path],
    *,
    store: Store,
    encoder: Encoder | Callable[[], Encoder],
    prune: bool = False,
    progress: Progress | None = None,
) -> IndexReport:
    """Index every letter under `paths` into `store`. `encoder` may be a factory, called only
    when something needs embedding (so an unchanged corpus never loads the model)."""
    started = time.perf_counter()
    report = IndexReport()
    files, report.failed = find_files(paths)
    records = store.letter_records()
    by_source = {rec.source: rec for rec in records.values()}
    model: list[Encoder] = []
    pending: list[_Pending] = []

    def get_encoder() -> Encoder:
        if not model:
            model.append(encoder() if callable(encoder) and not hasattr(encoder, "encode") else encoder)  # type: ignore[arg-type]
        return model[0]

    def flush() -> None:
        if not pending:
            return
        for p, letter in zip(pending, annotate([p.letter for p in pending], get_encoder)):
            p.letter = letter
        texts = [c.text for p in pending for c in p.chunks]
        t0 = time.perf_counter()
        vectors = get_encoder().encode(texts)
        writer.submit(store_batch, list(pending), vectors, time.perf_counter() - t0)
        pending.clear()

    def commit_batch(batch: list[_Pending]) -> bool:
        """Stale chunks out, originals kept, then every letter's record in one write: a few
        round trips per batch instead of a few per letter. False (nothing committed) when the
        batch cannot go as one, e.g. two files of one case; the caller goes letter by letter."""
        cases = [p.letter.case_number for p in batch]
        if len(set(cases)) != len(cases):
            return False
        try:
            store.delete_stale_chunks(cases, keep=[c.id for p in batch for c in p.chunks])
            for p in batch:
                keep_original(settings, p.path, p.letter.case_number)  # before the records commit them
            store.put_letters([(p.letter, p.record) for p in batch])
        except Exception as exc:
            logger.warning("batch commit failed (%s); storing letter by letter", type(exc).__name__)
            return False
        for p in batch:
            if p.replaces:
                try:
                    store.delete_letter(p.replaces)
                except Exception as exc:
                    logger.warning("could not remove the replaced case %s: %s", p.replaces, type(exc).__name__)
            report.indexed += 1
            report.chunks += len(p.chunks)
            report.letters.append(p.letter.case_number)
        return True

    def store_batch(batch: list[_Pending], vectors: object, encode_seconds: float) -> None:
        t1 = time.perf_counter()
        try:  # one upsert for the whole batch; letter by letter below if that fails
            store.add_chunks([c for p in batch for c in p.chunks], vectors)  # type: ignore[arg-type]
            added = True
        except Exception:
            added = False
        if added and commit_batch(batch):
            logger.info("embedded %d chunks in %.2fs, stored in %.2fs", sum(len(p.chunks) for p in batch),
                        encode_seconds, time.perf_counter() - t1)
            return
        offset = 0
        for p in batch:
            n = len(p.chunks)
            try:
                if not added:
                    store.add_chunks(p.chunks, vectors[offset : offset + n])  # type: ignore[index]
                store.delete_chunks_of(p.letter.case_number, keep=[c.id for c in p.chunks])
                keep_original(settings, p.path, p.letter.case_number)  # before the record commits the letter
                store.put_letter(p.letter, p.record)
                if p.replaces:
                    store.delete_letter(p.replaces)
                report.indexed += 1
                report.chunks += n
                report.letters.append(p.letter.case_number)
            except Exception as exc:  # the store failing for one letter must not stop the batch
                report.failed.append(Failure(str(p.path), f"{p.path}: could not be stored: {exc}"))
            offset += n
        logger.info("embedded %d chunks in %.2fs, stored in %.2fs", offset, encode_seconds, time.perf_counter() - t1)

    jobs = []
    for path in files:
        source = str(path.resolve())
        known = by_source.get(source)
        jobs.append((path, source, known.file_sha256 if known and known.case_number in records else None))
    writer = StoreWriter()
    seen: dict[str, tuple[Path, str]] = {}  # case number -> (the first file holding it in this run, content hash)
    parsed = ordered_map(_prepare, jobs)
    try:
        for done, ((path, source, _skip), result) in enumerate(zip(jobs, parsed), start=1):
            try:
                digest, letter, content, chunks = result.result()
                known = by_source.get(source)
                if letter is None:
                    report.unchanged += 1
                    if known:
                        seen.setdefault(known.case_number, (path, known.content_hash))
                elif letter.case_number in seen:
                    # Two files of one case: the first (in path order) is the letter; storing both
                    # would swap them on every run and re-embed one each time.
                    first, first_content = seen[letter.case_number]
                    if first_content != content:
                        raise ImrError(
                            f"{path}: holds case {letter.case_number}, as {first} does, with different text; "
                            f"only {first} is indexed. Remove or rename one of the two files."
                        )
                    logger.warning("%s: the same letter as %s (case %s); indexed once", path, first, letter.case_number)
                    report.unchanged += 1
                else:
                    seen[letter.case_number] = (path, content)
                    record = LetterRecord(
                        case_number=letter.case_number, content_hash=content, source=source, file_sha256=digest, chunks=0
                    )
                    previous = records.get(letter.case_number)
                    # The file held another case before (its case number was edited): that letter has
                    # no file any more, so it goes once this one is stored.
                    replaces = known.case_number if known and known.case_number != letter.case_number else ""
                    if previous and previous.content_hash == content:
                        # Same letter text (perhaps a moved or re-saved file): refresh the record only,
                        # here and now (after the writer's earlier batches), as a sequential run would.
                        writer.wait()
                        keep_original(settings, path, letter.case_number)
                        (letter,) = annotate([letter], get_encoder)
                        store.put_letter(letter, msgspec.structs.replace(record, chunks=previous.chunks))
                        if replaces:
                            store.delete_letter(replaces)
                        report.unchanged += 1
                    else:
                        if isinstance(chunks, Exception):
                            raise chunks
                        pending.append(
                            _Pending(letter, msgspec.structs.replace(record, chunks=len(chunks)), path, chunks, replaces)
                        )
                        if sum(len(p.chunks) for p in pending) >= BATCH_CHUNKS:
                            flush()
            except ImrError as exc:
                report.failed.append(Failure(str(path), str(exc)))
            except OSError as exc:
                report.failed.append(Failure(str(path), f"{path}: cannot be read: {exc.strerror or exc}"))
            if progress:
                progress(done, len(files), str(path))
        flush()
    finally:
        parsed.close()
        writer.close()
    if prune:
        report.pruned = prune_missing(store, settings.docs)
    report.seconds = time.perf_counter() - started
    logger.info("%s in %.1fs", report.summary(), report.seconds)
    return report


def prune_missing(store: Store, docs: Path) -> int:
    """Remove letters whose source files are gone, with the copies kept of them in `docs`."""
    gone = [rec.case_number for rec in store.letter_records().values() if not Path(rec.source).exists()]
    for case_number in gone:
        store.delete_letter(case_number)
        for copy in docs.glob(f"{case_number}.*"):
            copy.unlink(missing_ok=True)
    return len(gone)


def keep_original(settings: Settings, path: Path, case_number: str) -> Path:
    """Copy the original file into the documents folder, named by case number."""
    settings.docs.mkdir(parents=True, exist_ok=True)
    target = settings.docs / f"{case_number}{path.suffix.lower()}"
    for old in settings.docs.glob(f"{case_number}.*"):
        if old != target:
            old.unlink()
    tmp = target.with_suffix(target.suffix + ".tmp")
    shutil.copyfile(path, tmp)
    tmp.replace(target)
    return target


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
