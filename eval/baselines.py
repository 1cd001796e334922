"""Baselines run on the same letters and the same model as the system, without its domain knowledge.

- `bm25`: BM25 (bm25s, default k1/b) over the store's item chunks with a plain tokenizer:
  lowercase alphanumeric words minus bm25s's English stopword list (`plain_tokens`); no stemming,
  no abbreviation, drug or spelling tables. The question as typed.
- `dense`: the encoder and Chroma's nearest neighbours, item chunks kept; no filters, no boosts.
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
from indexer.model import Letter
from indexer.settings import Settings
from indexer.store import Store

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
        rows = store.catalog.query(
            "SELECT c.text, l.case_number, i.item_index, i.request FROM chunks c JOIN letters l ON l.id = c.letter_id "
            "JOIN items i ON i.id = c.item_id WHERE c.section = 'item' ORDER BY c.id")
        self.meta = [{"case_number": cn, "item_index": index, "request": request} for _t, cn, index, request in rows]
        self.retriever = bm25s.BM25()
        self.retriever.index([plain_tokens(text) or [""] for text, *_rest in rows], show_progress=False)

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
        vector = self.encoder.encode([question])[0]
        found = self.store.nearest(vector, CANDIDATES * 2, section="item")[:CANDIDATES]
        return Outcome(ranked=_collapse(_item_meta(self.store, cid) for cid, _sim in found))


def _item_meta(store: Store, chunk_id: str) -> dict:
    case_number, item = chunk_id.split("/")[:2]
    index = int(item.removeprefix("item-"))
    letter = store.get_letter(case_number)
    return {"case_number": case_number, "item_index": index, "request": letter.items[index - 1].request}


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
        from indexer.chroma import ChromaVectors

        super().__init__(items_store)
        self.encoder = encoder
        self.plain = ChromaVectors(msgspec.structs.replace(settings, collection=PLAIN_COLLECTION))
        started = time.perf_counter()
        self.chunks: dict[str, tuple[str, str]] = {}  # chunk id -> (case number, request)
        texts: list[tuple[str, str]] = []
        for letter in letters:
            for n, span in enumerate(fixed_chunks(letter.text), start=1):
                cid = f"{letter.case_number}/plain-{n}"
                self.chunks[cid] = (letter.case_number, item_of(letter, span))
                texts.append((cid, letter.text[span[0]:span[1]]))
        for start in range(0, len(texts), 256):
            batch = texts[start:start + 256]
            self.plain.upsert([cid for cid, _ in batch], encoder.encode([t for _, t in batch]))
        logger.info("plain-rag: %d fixed chunks of %d letters in %.1fs",
                    len(texts), len(letters), time.perf_counter() - started)

    def run(self, question: str) -> Outcome:
        rows = self.plain.nearest(self.encoder.encode([question])[0], RANK_DEPTH)
        return Outcome(ranked=tuple(self.chunks[cid] for cid, _sim in rows))
