"""Chroma, for what it is for: the vectors and their HNSW index. The only module importing chromadb.

A collection (cosine space) holds one record per chunk: its vector id (indexer.catalog_schema.vector_id)
and its embedding, nothing else. Text, metadata and letters live in the catalog. Embedded
(`PersistentClient` in <index>/chroma) or a server (`chroma run`, IMR_CHROMA_URL).

Only the sections the service searches by meaning have an HNSW index, one collection each
(`SearchedVectors`): disputed items in IMR_COLLECTION, case summaries in IMR_COLLECTION_summaries.
A question over items never reads summaries' neighbours and the other way round: in one shared
index, at 1M chunks, the 4,000 nearest neighbours of a question describing a patient ("TENS unit
denied for shoulder pain, male, 63") were all case summaries, and the item search fell back to
scoring 465k rows exactly (350 ms). Header and reviewer chunks, which nothing searches, keep their
vectors in the vector file only (31% of the vectors: an HNSW index is about 2.2 KB a vector).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from urllib.parse import urlparse

import numpy as np

from indexer.errors import ImrError, StoreUnavailableError
from indexer.settings import Settings

logger = logging.getLogger(__name__)

HNSW = {"space": "cosine", "ef_search": 200, "ef_construction": 200, "max_neighbors": 32}
BATCH = 4000  # records per Chroma call (its own limit is about 5,000)


def _connection_failure(exc: BaseException) -> bool:
    """Whether `exc` (or what caused it) means the Chroma server did not answer."""
    chain: BaseException | None = exc
    while chain is not None:
        if isinstance(chain, (ConnectionError, TimeoutError)) or type(chain).__module__.split(".")[0] in ("httpx", "httpcore"):
            return True
        chain = chain.__cause__ or chain.__context__
    return False


class ChromaVectors:
    """One vectors collection, embedded or on a server; connection failures raise
    StoreUnavailableError (the client reconnects by itself once the server answers again)."""

    def __init__(self, settings: Settings, name: str = "", *, client: ChromaVectors | None = None) -> None:
        self.name = name or settings.collection
        if client is not None:  # another collection through the same client
            self.client, self.server, self.location = client.client, client.server, client.location
            self.collection = self._call(self.client.get_or_create_collection, self.name,
                                         embedding_function=None, configuration={"hnsw": HNSW})
            return
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        self.server = bool(settings.chroma_url)
        if settings.chroma_url:
            url = urlparse(settings.chroma_url)
            if not url.hostname:
                raise ImrError(f"IMR_CHROMA_URL={settings.chroma_url!r} is not a URL like http://127.0.0.1:8001")
            try:
                self.client = chromadb.HttpClient(host=url.hostname, port=url.port or 8000,
                                                  ssl=url.scheme == "https", settings=chroma_settings)
            except Exception as exc:  # chromadb raises plain ValueError/ConnectError here
                raise StoreUnavailableError(f"cannot reach the Chroma server at {settings.chroma_url}: {exc}") from exc
            self.location = settings.chroma_url
        else:
            path = settings.db / "chroma"
            path.mkdir(parents=True, exist_ok=True)
            self.client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
            self.location = str(path)
        self.collection = self._call(self.client.get_or_create_collection, self.name,
                                     embedding_function=None, configuration={"hnsw": HNSW})

    def _call(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            if _connection_failure(exc):
                raise StoreUnavailableError(f"the Chroma store at {self.location} is not answering: {exc}") from exc
            raise

    def upsert(self, ids: Sequence[str], vectors: np.ndarray) -> None:
        vectors = np.asarray(vectors, dtype=np.float32)
        for start in range(0, len(ids), BATCH):
            self._call(self.collection.upsert, ids=list(ids[start : start + BATCH]),
                       embeddings=vectors[start : start + BATCH])

    def delete(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), BATCH):
            self._call(self.collection.delete, ids=list(ids[start : start + BATCH]))

    def nearest(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """The `k` nearest vectors: (vector id, cosine similarity), best first."""
        if k <= 0:
            return []
        result = self._call(self.collection.query, query_embeddings=np.asarray(vector, dtype=np.float32)[None, :],
                            n_results=k, include=["distances"])
        return [(i, 1.0 - float(d)) for i, d in zip(result["ids"][0], result["distances"][0])]

    def count(self) -> int:
        return int(self._call(self.collection.count))

    def get(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        got = self._call(self.collection.get, ids=list(ids), include=["embeddings"])
        return {i: np.asarray(e, dtype=np.float32) for i, e in zip(got["ids"], got["embeddings"])}

    def ids(self) -> list[str]:
        """Every vector id (paged)."""
        out: list[str] = []
        while True:
            got = self._call(self.collection.get, include=[], limit=BATCH, offset=len(out))
            if not got["ids"]:
                return out
            out += got["ids"]

    def heartbeat(self) -> None:
        try:
            self.client.heartbeat()
        except Exception as exc:
            raise StoreUnavailableError(f"the Chroma store at {self.location} is not answering: {exc}") from exc

    def configuration(self) -> dict:
        return dict(self.collection.configuration_json.get("hnsw", {}))


SEARCHED = ("item", "summary")  # the sections with an HNSW index, one collection each


def section_of(vector_id: str) -> str:
    """The chunk section a vector id names: "CM16-0213037/item-2/rationale-1@ab12..." -> "item"."""
    parts = vector_id.split("/", 2)
    return parts[1].split("-", 1)[0] if len(parts) > 1 else ""


class SearchedVectors:
    """The HNSW indexes of the searched sections, with one collection's interface: writes go to
    the collection of each vector's section (header and reviewer vectors nowhere), `nearest`
    reads one section's collection or both."""

    def __init__(self, settings: Settings) -> None:
        self.items = ChromaVectors(settings)
        self.summaries = ChromaVectors(settings, f"{settings.collection}_summaries", client=self.items)
        self.server, self.location, self.name = self.items.server, self.items.location, self.items.name
        self.client = self.items.client

    def _split(self, ids: Sequence[str], *, unsearched_to_items: bool = False) -> list[tuple[ChromaVectors, list[int]]]:
        items, summaries = [], []
        for n, vid in enumerate(ids):
            section = section_of(vid)
            if section == "summary":
                summaries.append(n)
            elif section == "item" or unsearched_to_items:
                items.append(n)
        return [(c, at) for c, at in ((self.items, items), (self.summaries, summaries)) if at]

    def upsert(self, ids: Sequence[str], vectors: np.ndarray) -> None:
        vectors = np.asarray(vectors, dtype=np.float32)
        for collection, at in self._split(ids):
            collection.upsert([ids[n] for n in at], vectors[at])

    def delete(self, ids: Sequence[str]) -> None:
        # an index written before the split keeps every section in the items collection
        for collection, at in self._split(ids, unsearched_to_items=True):
            collection.delete([ids[n] for n in at])

    def nearest(self, vector: np.ndarray, k: int, section: str | None = None) -> list[tuple[str, float]]:
        """The `k` nearest vectors of `section` ("item", "summary"; None: both): (vector id,
        cosine similarity), best first."""
        if section == "item":
            return self.items.nearest(vector, k)
        if section == "summary":
            return self.summaries.nearest(vector, k)
        both = self.items.nearest(vector, k) + self.summaries.nearest(vector, k)
        return sorted(both, key=lambda found: -found[1])[:k]

    def count(self) -> int:
        return self.items.count() + self.summaries.count()

    def get(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for collection, at in self._split(ids, unsearched_to_items=True):
            out.update(collection.get([ids[n] for n in at]))
        return out

    def ids(self) -> list[str]:
        return self.items.ids() + self.summaries.ids()

    def heartbeat(self) -> None:
        self.items.heartbeat()

    def configuration(self) -> dict:
        return self.items.configuration()


def searched(vector_ids: Sequence[str]) -> list[str]:
    """The ids among `vector_ids` that have an HNSW index (SEARCHED sections)."""
    return [vid for vid in vector_ids if section_of(vid) in SEARCHED]


def forget_clients() -> None:
    """Drop chromadb's per-process client cache, so that a new embedded client reads the files
    afresh (an embedded client never sees another process's writes)."""
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
