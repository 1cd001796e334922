"""Chroma, for what it is for: the vectors and their HNSW index. The only module importing chromadb.

One collection (cosine space) holds one record per chunk: its vector id (indexer.catalog.vector_id)
and its embedding, nothing else. Text, metadata and letters live in the catalog. Embedded
(`PersistentClient` in <index>/chroma) or a server (`chroma run`, IMR_CHROMA_URL).
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
    """The vectors collection, embedded or on a server; connection failures raise
    StoreUnavailableError (the client reconnects by itself once the server answers again)."""

    def __init__(self, settings: Settings) -> None:
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
        self.name = settings.collection
        self.collection = self._call(self.client.get_or_create_collection, settings.collection,
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


def forget_clients() -> None:
    """Drop chromadb's per-process client cache, so that a new embedded client reads the files
    afresh (an embedded client never sees another process's writes)."""
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
