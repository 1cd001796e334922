"""Index letters: read -> parse -> chunk -> embed -> store, idempotent and incremental.

- A file whose bytes (and the indexer version) are unchanged since it was indexed is skipped
  without parsing; a letter whose text is unchanged is not re-embedded.
- A changed letter's chunks are replaced: new ones upserted, stale ids deleted.
- One bad file never stops the batch: it is reported with its reason and the rest go on.
- A letter commits in one catalog transaction after its vectors are stored (indexer.store), so an
  interrupted run leaves the old letter whole and is completed by the next.
- The stages overlap (indexer.overlap): big batches are read, parsed, chunked and (where the rules
  settle every sentence) given sentence roles and reasons ahead in worker processes, and stored
  behind on a writer thread, while this thread encodes: chunks, and the sentences the role rules
  left open, one model call a batch for those.

What is done to one file ahead of the run is indexer.prepare's; the copies of the original files
kept in the documents folder are indexer.originals's.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from concurrent import futures
from pathlib import Path

import msgspec
import numpy as np

from indexer.embed import Encoder
from indexer.errors import ImrError, StoreUnavailableError
from indexer.lexical import build_segment, needs_rebuild
from indexer.model import Chunk, Letter
from indexer.originals import keep_original, kept_copies
from indexer.overlap import StoreWriter, ordered_map
from indexer.prepare import Failure, annotate, find_files, prepare_file
from indexer.settings import Settings
from indexer.store import LetterRecord, Store

logger = logging.getLogger(__name__)

BATCH_CHUNKS = 256  # chunks gathered across letters before one encode call

Progress = Callable[[int, int, str], None]


class IndexReport(msgspec.Struct, kw_only=True):
    indexed: int = 0
    chunks: int = 0
    unchanged: int = 0
    failed: list[Failure] = msgspec.field(default_factory=list)
    pruned: int = 0
    seconds: float = 0.0
    letters: list[str] = msgspec.field(default_factory=list)  # case numbers indexed in this run
    # seconds per stage: parse_start (the encoding thread waiting for its first batch of parsed
    # letters: the worker pool starting and filling), parse_wait (waiting on the parse workers
    # after the first batch: what "the encoder is never idle" is checked by), annotate
    # (sentence roles, with their model call, and reasons), encode (chunks), writer_wait (blocked
    # on a full writer queue), store (the writer thread's commits), lexical (segment build)
    stages: dict[str, float] = msgspec.field(default_factory=dict)

    def summary(self) -> str:
        line = f"indexed {self.indexed} letters ({self.chunks} chunks), unchanged {self.unchanged}, failed {len(self.failed)}"
        if self.pruned:
            line += f", pruned {self.pruned}"
        return line


class _Pending(msgspec.Struct):
    letter: Letter
    record: LetterRecord
    path: Path
    chunks: list[Chunk]
    replaces: str = ""  # the case number this file held before, when it now holds another
    labelled: bool = False  # sentence roles and reasons already filled (by the parse worker)


def index_paths(
    settings: Settings,
    paths: Iterable[Path],
    *,
    store: Store,
    encoder: Encoder | Callable[[], Encoder],
    prune: bool = False,
    progress: Progress | None = None,
) -> IndexReport:
    """Index every letter under `paths` into `store`, holding the index's write lock (a second
    writer is refused at once). `encoder` may be a factory, called only when something needs
    embedding (so an unchanged corpus never loads the model)."""
    started = time.perf_counter()
    with store.writing():
        run = _Run(settings, store, encoder)
        files, run.report.failed = find_files(paths)
        run.index(files, progress)
        if prune:
            run.report.pruned = prune_missing(store, settings.docs)
        if needs_rebuild(store.catalog, store.root):
            t0 = time.perf_counter()
            build_segment(store.catalog, store.root)
            run.timed("lexical", t0)
        if run.report.indexed or run.report.pruned:
            store.catalog.analyze()
    report = run.report
    report.seconds = time.perf_counter() - started
    logger.info("%s in %.1fs (%s)", report.summary(), report.seconds,
                ", ".join(f"{k} {v:.1f}s" for k, v in report.stages.items()))
    return report


class _Run:
    """One indexing run: read and parse ahead (worker processes), encode here, store behind (one
    writer thread). The writer thread reports through `_done` and `_failed`, under a lock."""

    def __init__(self, settings: Settings, store: Store, encoder: Encoder | Callable[[], Encoder]) -> None:
        self.settings, self.store, self._encoder = settings, store, encoder
        self.report = IndexReport()
        self.records = store.letter_records()
        self.by_source = {rec.source: rec for rec in self.records.values()}
        self.pending: list[_Pending] = []
        self.seen: dict[str, tuple[Path, str]] = {}  # case number -> (first file holding it in this run, content hash)
        self.writer: StoreWriter | None = None
        self._lock = threading.Lock()

    def timed(self, stage: str, since: float) -> None:
        with self._lock:
            self.report.stages[stage] = self.report.stages.get(stage, 0.0) + time.perf_counter() - since

    def encoder(self) -> Encoder:
        if callable(self._encoder) and not hasattr(self._encoder, "encode"):
            self._encoder = self._encoder()  # type: ignore[assignment]
        return self._encoder  # type: ignore[return-value]

    def index(self, files: list[Path], progress: Progress | None) -> None:
        jobs = []
        for path in files:
            source = str(path.resolve())
            known = self.by_source.get(source)
            jobs.append((path, source, known.file_sha256 if known and known.case_number in self.records else None))
        self.writer = StoreWriter()
        parsed = ordered_map(prepare_file, jobs)
        try:
            for done, ((path, source, _skip), result) in enumerate(zip(jobs, parsed), start=1):
                t0 = time.perf_counter()
                futures.wait([result])  # the encoding thread idle, waiting for parsed text
                self.timed("parse_wait" if "encode" in self.report.stages else "parse_start", t0)
                try:
                    self.take(path, source, *result.result())
                except ImrError as exc:
                    self._failed(path, str(exc))
                except OSError as exc:
                    self._failed(path, f"{path}: cannot be read: {exc.strerror or exc}")
                if progress:
                    progress(done, len(files), str(path))
            self.flush()
        finally:
            parsed.close()
            self.writer.close()

    def take(self, path: Path, source: str, digest: str, letter: Letter | None, content: str,
             chunks: list[Chunk] | Exception, labelled: bool = False) -> None:
        """Decide what one prepared file needs: nothing, a refreshed record, or storing."""
        known = self.by_source.get(source)
        if letter is None:  # the file is unchanged since it was indexed
            self._unchanged()
            if known:
                self.seen.setdefault(known.case_number, (path, known.content_hash))
            return
        if letter.case_number in self.seen:
            # Two files of one case: the first (in path order) is the letter; storing both would
            # swap them on every run and re-embed one each time.
            first, first_content = self.seen[letter.case_number]
            if first_content != content:
                raise ImrError(f"{path}: holds case {letter.case_number}, as {first} does, with different text; "
                               f"only {first} is indexed. Remove or rename one of the two files.")
            logger.warning("%s: the same letter as %s (case %s); indexed once", path, first, letter.case_number)
            self._unchanged()
            return
        self.seen[letter.case_number] = (path, content)
        record = LetterRecord(case_number=letter.case_number, content_hash=content, source=source,
                              file_sha256=digest, chunks=0)
        previous = self.records.get(letter.case_number)
        # The file held another case before (its case number was edited): that letter has no file
        # any more, so it goes when this one is stored.
        replaces = known.case_number if known and known.case_number != letter.case_number else ""
        if previous and previous.content_hash == content:
            # Same letter text (a moved or re-saved file): refresh the record only, after the
            # writer's earlier batches, as a sequential run would.
            self.writer.wait()
            keep_original(self.settings, path, letter.case_number)
            if not labelled:
                (letter,) = annotate([letter], self.encoder)
            self.store.touch_letter(letter, msgspec.structs.replace(record, chunks=previous.chunks))
            if replaces:
                self.store.delete_letter(replaces)
            self._unchanged()
            return
        if isinstance(chunks, Exception):
            raise chunks
        self.pending.append(_Pending(letter, msgspec.structs.replace(record, chunks=len(chunks)), path, chunks,
                                     replaces, labelled))
        if sum(len(p.chunks) for p in self.pending) >= BATCH_CHUNKS:
            self.flush()

    def flush(self) -> None:
        """Encode the pending letters' chunks here and hand them to the writer thread."""
        if not self.pending:
            return
        t0 = time.perf_counter()
        todo = [p for p in self.pending if not p.labelled]  # letters with sentences the rules left open
        for p, letter in zip(todo, annotate([p.letter for p in todo], self.encoder)):
            p.letter = letter
        self.timed("annotate", t0)
        texts = [c.text for p in self.pending for c in p.chunks]
        t0 = time.perf_counter()
        vectors = self.encoder().encode(texts)
        encode_seconds = time.perf_counter() - t0
        self.timed("encode", t0)
        t0 = time.perf_counter()
        self.writer.submit(self.store_batch, list(self.pending), vectors, encode_seconds)
        self.timed("writer_wait", t0)
        self.pending.clear()

    def store_batch(self, batch: list[_Pending], vectors: np.ndarray, encode_seconds: float) -> None:
        """(writer thread) One commit for the batch; letter by letter if that fails."""
        t1 = time.perf_counter()
        try:
            self._commit(batch, vectors)
        except StoreUnavailableError:
            raise  # the store is down: every letter would fail the same way; the run stops and says so
        except Exception as exc:  # noqa: BLE001 - logged, then retried letter by letter
            logger.warning("storing a batch of %d letters failed (%s: %s); storing them one by one",
                           len(batch), type(exc).__name__, exc)
            offset = 0
            for p in batch:
                n = len(p.chunks)
                try:
                    self._commit([p], vectors[offset : offset + n])
                except Exception as one:  # noqa: BLE001 - reported as this letter's failure
                    self._failed(p.path, f"{p.path}: could not be stored: {one}")
                offset += n
        self.timed("store", t1)
        logger.info("embedded %d chunks in %.2fs, stored in %.2fs", len(vectors), encode_seconds,
                    time.perf_counter() - t1)

    def _commit(self, batch: list[_Pending], vectors: np.ndarray) -> None:
        for p in batch:
            keep_original(self.settings, p.path, p.letter.case_number)  # before the catalog commits the letter
        self.store.store_letters([(p.letter, p.record, p.chunks) for p in batch], vectors,
                                 replaces=[p.replaces for p in batch if p.replaces])
        with self._lock:
            for p in batch:
                self.report.indexed += 1
                self.report.chunks += len(p.chunks)
                self.report.letters.append(p.letter.case_number)

    def _failed(self, path: Path, reason: str) -> None:
        with self._lock:
            self.report.failed.append(Failure(str(path), reason))

    def _unchanged(self) -> None:
        with self._lock:
            self.report.unchanged += 1


def prune_missing(store: Store, docs: Path) -> int:
    """Remove letters whose source files are gone, with the copies kept of them in `docs`."""
    gone = [rec.case_number for rec in store.letter_records().values() if not Path(rec.source).exists()]
    store.delete_letters(gone)
    for case_number in gone:
        for copy in kept_copies(docs, case_number):
            copy.unlink(missing_ok=True)
    return len(gone)
