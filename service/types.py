"""The service's response types: what a search or a question returns."""

from __future__ import annotations

from typing import Any, Literal

import msgspec

from indexer.model import Span


class GuidelineRef(msgspec.Struct, frozen=True, kw_only=True):
    source: str = ""
    sections: tuple[str, ...] = ()
    pages: tuple[str, ...] = ()
    raw: str = ""


class Hit(msgspec.Struct, frozen=True, kw_only=True):
    """One disputed item (or letter section) that matched; windows of one item collapse into one hit."""

    case_number: str
    request: str
    decision: str
    section: str  # "item" for disputed items, else "header" | "reviewer" | "summary"
    text: str  # the matching passage, verbatim from the letter text
    score: float
    pages: tuple[int, ...]
    guideline: GuidelineRef
    chunk_id: str
    span: Span  # offsets of `text` in the letter text
    item_index: int = 0
    category: str = ""
    body_regions: tuple[str, ...] = ()


class Citation(msgspec.Struct, frozen=True, kw_only=True):
    n: int  # marker number: "[n]" in the answer
    case_number: str
    request: str
    decision: str
    pages: tuple[int, ...]  # letter pages of the quote
    guideline: GuidelineRef
    quote: str  # verbatim substring of the letter text
    span: Span  # offsets of `quote` in the letter text
    item_index: int = 0
    chunk_id: str = ""


class Answer(msgspec.Struct, frozen=True, kw_only=True):
    question: str
    answer: str  # sentences carrying [n] markers
    citations: tuple[Citation, ...]
    hits: tuple[Hit, ...]
    understood: dict[str, object]
    mode: Literal["extractive", "llm"] = "extractive"
    abstained: bool = False  # True when nothing in the index answers the question
    count: dict[str, int] | None = None  # aggregate questions: counts by decision


class SearchResult(msgspec.Struct, frozen=True, kw_only=True):
    query: str
    understood: dict[str, object]
    hits: tuple[Hit, ...]


class Indexed(msgspec.Struct, frozen=True, kw_only=True):
    """An uploaded letter as stored: its items, its chunk count, and whether anything changed."""

    case_number: str
    items: list[dict[str, Any]]
    chunks: int
    status: str  # "indexed" | "unchanged"
