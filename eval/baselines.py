"""Baselines run on the same letters and the same model as the system, without its domain knowledge.

- `bm25`: BM25 (bm25s, default k1/b) over the store's item chunks with a plain tokenizer:
  lowercase alphanumeric words minus bm25s's English stopword list (`plain_tokens`); no stemming,
  no abbreviation, drug or spelling tables. The question as typed.
- `dense`: the encoder and store.query over the item chunks; no filters, no boosts.
- `plain-rag`: what a generic RAG tutorial does: every letter's full text cut into fixed
  1,000-character chunks with 100 characters of overlap, embedded with the same model into a
  separate Chroma collection, top-k by cosine. A chunk is mapped to the disputed item whose span
  in the letter text it overlaps most; a chunk that overlaps no item maps to (case, "") and so
  never matches gold. Chunks are not merged: two chunks of one item take two ranks.

bm25 and dense return one entry per disputed item (an item's windows collapse to its best one);
none of them answers or abstains.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable, Sequence

import msgspec
import numpy as np

from eval.systems import RANK_DEPTH, Outcome
from indexer.embed import Encoder
from indexer.model import Chunk, Letter, pages_between
from indexer.settings import Settings
from indexer.store import Store, open_store

logger = logging.getLogger(__name__)

CANDIDATES = 50  # chunks fetched before collapsing windows into items
PLAIN_CHUNK = 1000
PLAIN_OVERLAP = 100
PLAIN_COLLECTION = "eval_plain_rag"


def _collapse(rows: Iterable[dict], depth: int = RANK_DEPTH) -> tuple[tuple[str, str], ...]:
    seen: set[tuple[str, int]] = set()
    ranked: list[tuple[str, str]] = []
    for meta in rows:
        key = (str(meta["case_number"]), int(meta["item_index"]))
        if key in seen:
            continue
        seen.add(key)
        ranked.append((key[0], str(meta.get("request", ""))))
        if len(ranked) == depth:
            break
    return tuple(ranked)


class _Letters:
    def __init__(self, store: Store) -> None:
        self.store = store

    def letter(self, case_number: str) -> Letter | None:
        return self.store.get_letter(case_number)


_WORD = re.compile(r"[a-z0-9]+")


def plain_tokens(text: str) -> list[str]:
    """Lowercase alphanumeric words, without bm25s's English stopwords ("the", "of", "not", ...)."""
    from bm25s.stopwords import STOPWORDS_EN

    stop = frozenset(STOPWORDS_EN)
    return [w for w in _WORD.findall(text.lower()) if w not in stop]


class Bm25Baseline(_Letters):
    name = "bm25"

    def __init__(self, store: Store) -> None:
        import bm25s

        super().__init__(store)
        rows = list(store.all_chunks(where={"section": "item"}))
        self.meta = [meta for _id, _doc, meta in rows]
        self.retriever = bm25s.BM25()
        self.retriever.index([plain_tokens(doc) or [""] for _id, doc, _meta in rows], show_progress=False)

    def run(self, question: str) -> Outcome:
        scores = np.asarray(self.retriever.get_scores(plain_tokens(question)))
        order = [int(i) for i in np.argsort(-scores, kind="stable")[:CANDIDATES] if scores[i] > 0]
        return Outcome(ranked=_collapse(self.meta[i] for i in order))


class DenseBaseline(_Letters):
    name = "dense"

    def __init__(self, store: Store, encoder: Encoder) -> None:
        super().__init__(store)
        self.encoder = encoder

    def run(self, question: str) -> Outcome:
        vector = self.encoder.encode([question])
        rows = self.store.query(vector, CANDIDATES, {"section": "item"})[0]
        return Outcome(ranked=_collapse(meta for _cid, _sim, _doc, meta in rows))


def fixed_chunks(text: str, size: int = PLAIN_CHUNK, overlap: int = PLAIN_OVERLAP) -> list[tuple[int, int]]:
    """Spans of fixed-size character chunks with `overlap` characters shared by neighbours."""
    if not text:
        return []
    step = size - overlap
    spans = []
    start = 0
    while True:
        end = min(start + size, len(text))
        spans.append((start, end))
        if end == len(text):
            return spans
        start += step


def item_of(letter: Letter, span: tuple[int, int]) -> str:
    """The request of the item whose span overlaps `span` most; "" when none overlaps."""
    best, best_overlap = "", 0
    for item in letter.items:
        overlap = min(span[1], item.span[1]) - max(span[0], item.span[0])
        if overlap > best_overlap:
            best, best_overlap = item.request, overlap
    return best


class PlainRag(_Letters):
    name = "plain-rag"

    def __init__(self, settings: Settings, letters: Sequence[Letter], encoder: Encoder, items_store: Store) -> None:
        super().__init__(items_store)
        self.encoder = encoder
        self.plain = open_store(msgspec.structs.replace(settings, collection=PLAIN_COLLECTION))
        started = time.perf_counter()
        chunks = []
        for letter in letters:
            for n, span in enumerate(fixed_chunks(letter.text), start=1):
                chunks.append(Chunk(
                    id=f"{letter.case_number}/plain-{n}", case_number=letter.case_number, section="item",
                    item_index=0, text=letter.text[span[0]:span[1]], span=span,
                    pages=pages_between(letter.page_starts, *span), tokens=0, content_hash="",
                    request=item_of(letter, span),
                ))
        for start in range(0, len(chunks), 256):
            batch = chunks[start:start + 256]
            self.plain.add_chunks(batch, encoder.encode([c.text for c in batch]))
        logger.info("plain-rag: %d fixed chunks of %d letters in %.1fs",
                    len(chunks), len(letters), time.perf_counter() - started)

    def run(self, question: str) -> Outcome:
        rows = self.plain.query(self.encoder.encode([question]), RANK_DEPTH)[0]
        return Outcome(ranked=tuple((str(meta["case_number"]), str(meta["request"])) for *_x, meta in rows))
