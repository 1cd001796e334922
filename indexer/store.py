"""The Chroma store: the only module that imports chromadb.

Two collections:
- `<name>`: one record per chunk, with its embedding, text and flat metadata (cosine space).
- `<name>_letters`: one record per letter (id = case number): the parsed letter as JSON plus its
  content hash and source file. It is written after the letter's chunks, so it marks a letter as
  completely indexed: a crash before it leaves the letter to be redone on the next run.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import urlparse

import msgspec
import numpy as np

from indexer.errors import ImrError, StoreUnavailableError
from indexer.guideline import families, parse_guideline
from indexer.model import Chunk, Letter
from indexer.settings import Settings

logger = logging.getLogger(__name__)

HNSW = {"space": "cosine", "ef_search": 200, "ef_construction": 200, "max_neighbors": 32}
_letter_decoder = msgspec.json.Decoder(Letter)
GUIDELINE_FAMILIES = ("MTUS", "ACOEM", "ODG", "other")


def guideline_families(text: str) -> list[str]:
    """The families of the parts of a guideline citation (for filtering; indexer.guideline's rule)."""
    return families(parse_guideline(text))


def chunk_metadata(chunk: Chunk) -> dict[str, object]:
    """Flat metadata for Chroma: scalars, or non-empty lists of strings."""
    meta: dict[str, object] = {
        "case_number": chunk.case_number,
        "section": chunk.section,
        "item_index": chunk.item_index,
        "request": chunk.request,
        "decision": chunk.decision,
        "category": chunk.category,
        "guideline_source": chunk.guideline_source,
        "guideline_sections": "; ".join(chunk.guideline_sections),
        "guideline_pages": ", ".join(chunk.guideline_pages),
        "pages": ",".join(map(str, chunk.pages)),
        "span_start": chunk.span[0],
        "span_end": chunk.span[1],
        "tokens": chunk.tokens,
        "content_hash": chunk.content_hash,
        "decision_date": chunk.decision_date,
        "window": chunk.window,
        "age": chunk.age if chunk.age is not None else -1,
        "sex": chunk.sex,
        "date_of_injury": chunk.date_of_injury,
        "decision_day": int(chunk.decision_date.replace("-", "")) if chunk.decision_date else 0,
    }
    if chunk.body_regions:
        meta["body_regions"] = list(chunk.body_regions)
    families = guideline_families(chunk.guideline_raw)
    if families:
        meta["guideline_families"] = families
    return meta


class LetterRecord(msgspec.Struct, frozen=True, kw_only=True):
    case_number: str
    content_hash: str
    source: str
    file_sha256: str
    chunks: int
    indexed_at: float = 0.0  # the writer's clock (time.time()) when the store recorded the letter


def _connection_failure(exc: BaseException) -> bool:
    """Whether `exc` (or what caused it) means the Chroma server did not answer."""
    chain: BaseException | None = exc
    while chain is not None:
        if isinstance(chain, (ConnectionError, TimeoutError)) or type(chain).__module__.split(".")[0] in ("httpx", "httpcore"):
            return True
        chain = chain.__cause__ or chain.__context__
    return False


class _Guarded:
    """A Chroma collection whose connection failures raise StoreUnavailableError (the client
    reconnects by itself once the server answers again)."""

    def __init__(self, collection: object, location: str) -> None:
        self._collection = collection
        self._location = location

    def __getattr__(self, name: str) -> object:
        attr = getattr(self._collection, name)
        if not callable(attr):
            return attr

        def call(*args: object, **kwargs: object) -> object:
            try:
                return attr(*args, **kwargs)
            except Exception as exc:
                if _connection_failure(exc):
                    raise StoreUnavailableError(f"the Chroma store at {self._location} is not answering: {exc}") from exc
                raise

        return call


class Store:
    """Chunks and letters in Chroma, embedded (PersistentClient) or a server (HttpClient)."""

    def __init__(self, settings: Settings) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        self.kind = settings.store_kind
        if settings.chroma_url:
            url = urlparse(settings.chroma_url)
            if not url.hostname:
                raise ImrError(f"IMR_CHROMA_URL={settings.chroma_url!r} is not a URL like http://127.0.0.1:8001")
            try:
                self.client = chromadb.HttpClient(
                    host=url.hostname, port=url.port or 8000, ssl=url.scheme == "https", settings=chroma_settings
                )
            except Exception as exc:  # chromadb raises plain ValueError/ConnectError here
                raise StoreUnavailableError(f"cannot reach the Chroma server at {settings.chroma_url}: {exc}") from exc
            self.location = settings.chroma_url
        else:
            settings.db.mkdir(parents=True, exist_ok=True)
            self.client = chromadb.PersistentClient(path=str(settings.db), settings=chroma_settings)
            self.location = str(settings.db)
        self.chunks = self.client.get_or_create_collection(
            settings.collection, embedding_function=None, configuration={"hnsw": HNSW}
        )
        self.letters = self.client.get_or_create_collection(f"{settings.collection}_letters", embedding_function=None)
        if settings.chroma_url:  # only a server can go away under us
            self.chunks = _Guarded(self.chunks, self.location)  # type: ignore[assignment]
            self.letters = _Guarded(self.letters, self.location)  # type: ignore[assignment]

    # -- writing -------------------------------------------------------------------------------
    def add_chunks(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        if not chunks:
            return
        self.chunks.upsert(
            ids=[c.id for c in chunks],
            embeddings=np.asarray(vectors, dtype=np.float32),
            documents=[c.text for c in chunks],
            metadatas=[chunk_metadata(c) for c in chunks],
        )

    def put_letter(self, letter: Letter, record: LetterRecord) -> None:
        """Mark a letter as completely indexed (call after all its chunks are added)."""
        self.put_letters([(letter, record)])

    def put_letters(self, letters: Sequence[tuple[Letter, LetterRecord]]) -> None:
        """Mark letters as completely indexed, in one write (call after all their chunks are added)."""
        if not letters:
            return
        now = time.time()
        self.letters.upsert(
            ids=[letter.case_number for letter, _ in letters],
            embeddings=np.ones((len(letters), 1), dtype=np.float32),
            documents=[msgspec.json.encode(letter).decode() for letter, _ in letters],
            metadatas=[{**msgspec.to_builtins(record), "indexed_at": now} for _, record in letters],
        )

    def delete_stale_chunks(self, case_numbers: Sequence[str], keep: Iterable[str]) -> int:
        """Delete the chunks of these cases whose ids are not in `keep`; returns how many went."""
        keep_ids = set(keep)
        old = self.chunks.get(where={"case_number": {"$in": list(case_numbers)}}, include=[])
        stale = [i for i in old["ids"] if i not in keep_ids]
        if stale:
            self.chunks.delete(ids=stale)
        return len(stale)

    def delete_letter(self, case_number: str) -> int:
        """Remove a letter and every chunk of it; returns how many chunks went."""
        removed = self.delete_stale_chunks([case_number], keep=())
        self.letters.delete(ids=[case_number])
        return removed

    def delete_chunks_of(self, case_number: str, keep: Iterable[str] = ()) -> int:
        return self.delete_stale_chunks([case_number], keep)

    # -- reading -------------------------------------------------------------------------------
    def letter_records(self) -> dict[str, LetterRecord]:
        got = self.letters.get(include=["metadatas"])
        return {
            cid: msgspec.convert(meta, LetterRecord)
            for cid, meta in zip(got["ids"], got["metadatas"] or [])
            if meta and "content_hash" in meta
        }

    def letter_ids(self) -> set[str]:
        return set(self.letters.get(include=[])["ids"])

    def letters_since(self, when: float) -> dict[str, str]:
        """Case number -> content hash of the letters recorded at or after `when` (time.time())."""
        got = self.letters.get(where={"indexed_at": {"$gte": when}}, include=["metadatas"])
        return {cid: str(meta["content_hash"]) for cid, meta in zip(got["ids"], got["metadatas"] or []) if meta}

    def get_letter(self, case_number: str) -> Letter | None:
        got = self.letters.get(ids=[case_number], include=["documents"])
        if not got["ids"]:
            return None
        return _letter_decoder.decode(got["documents"][0])

    def get_letters(self, case_numbers: list[str]) -> dict[str, Letter]:
        """Several letters in one round trip; unknown case numbers are left out."""
        if not case_numbers:
            return {}
        got = self.letters.get(ids=list(dict.fromkeys(case_numbers)), include=["documents"])
        return {cid: _letter_decoder.decode(doc) for cid, doc in zip(got["ids"], got["documents"])}

    def count(self) -> int:
        return self.chunks.count()

    def letter_count(self) -> int:
        return self.letters.count()

    def query(
        self, vectors: np.ndarray, k: int, where: dict[str, object] | None = None
    ) -> list[list[tuple[str, float, str, dict[str, object]]]]:
        """Nearest chunks per query vector: (id, cosine similarity, document, metadata)."""
        result = self.chunks.query(
            query_embeddings=np.asarray(vectors, dtype=np.float32),
            n_results=k,
            where=where or None,
            include=["documents", "metadatas", "distances"],
        )
        out = []
        for ids, dists, docs, metas in zip(
            result["ids"], result["distances"], result["documents"], result["metadatas"]
        ):
            out.append([(i, 1.0 - float(d), doc, meta) for i, d, doc, meta in zip(ids, dists, docs, metas)])
        return out

    def nearest(self, vectors: np.ndarray, k: int) -> list[list[tuple[str, float]]]:
        """Plain nearest neighbours per query vector: (id, cosine similarity) only, no filter."""
        result = self.chunks.query(
            query_embeddings=np.asarray(vectors, dtype=np.float32), n_results=k, include=["distances"]
        )
        return [[(i, 1.0 - float(d)) for i, d in zip(ids, dists)] for ids, dists in zip(result["ids"], result["distances"])]

    def all_chunks(self, batch: int = 5000, where: dict[str, object] | None = None, *, vectors: bool = False):
        """Every chunk's (id, document, metadata), paged; with `vectors`, (id, document, metadata, vector)."""
        include = ["documents", "metadatas"] + (["embeddings"] if vectors else [])
        offset = 0
        while True:
            got = self.chunks.get(include=include, limit=batch, offset=offset, where=where)
            if not got["ids"]:
                return
            if vectors:
                yield from zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"])
            else:
                yield from zip(got["ids"], got["documents"], got["metadatas"])
            offset += len(got["ids"])

    def item_rows(self, case_numbers: Sequence[str], batch: int = 200):
        """(id, document, metadata, vector) of every item chunk of these cases."""
        for start in range(0, len(case_numbers), batch):
            where = {"$and": [{"section": "item"}, {"case_number": {"$in": list(case_numbers[start : start + batch])}}]}
            yield from self.all_chunks(where=where, vectors=True)

    def heartbeat(self) -> None:
        try:
            self.client.heartbeat()
        except Exception as exc:
            raise StoreUnavailableError(f"the Chroma store at {self.location} is not answering: {exc}") from exc


def open_store(settings: Settings) -> Store:
    try:
        return Store(settings)
    except ImrError:
        raise
    except Exception as exc:
        where = settings.chroma_url or str(Path(settings.db))
        raise StoreUnavailableError(f"cannot open the Chroma store at {where}: {exc}") from exc
