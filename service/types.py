"""The service's response types: what a search or a question returns."""

from __future__ import annotations

from typing import Any, Literal

import msgspec

from indexer.model import CitationPart, Span


class GuidelineRef(msgspec.Struct, frozen=True, kw_only=True):
    source: str = ""
    sections: tuple[str, ...] = ()
    pages: tuple[str, ...] = ()
    raw: str = ""
    parts: tuple[CitationPart, ...] = ()  # every source named, each with its sections and pages


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
    title: str = ""  # the treatment requested, short (the full heading is `request`)
    treatments: tuple[str, ...] = ()  # indexer.treatments set ids of the request
    relevance: Literal["strong", "partial", "weak", ""] = ""  # how well it matches the question, in words


class ItemRef(msgspec.Struct, frozen=True, kw_only=True):
    case_number: str
    item_index: int


class ReasonGroup(msgspec.Struct, frozen=True, kw_only=True):
    """A reason that recurs across letters: how many of the items in scope give it, and quotes."""

    code: str  # indexer.reasons.CODES
    label: str
    count: int  # items giving this reason ...
    of: int  # ... of this many items in scope
    items: tuple[ItemRef, ...] = ()  # the first service.compose.pattern.ITEMS_LISTED of the `count`
    citations: tuple[int, ...] = ()  # [n] of the quotes shown for it


class Coverage(msgspec.Struct, frozen=True, kw_only=True):
    """What an answer covers: "3 of 12 lumbar MRI denials"."""

    shown: int
    total: int
    label: str  # "lumbar MRI denials"
    filters: dict[str, str] = {}  # the filters that list them all (Search or Browse)


class Table(msgspec.Struct, frozen=True, kw_only=True):
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]  # a row's first cell is its label, its last the number asked for
    links: tuple[dict[str, str], ...] = ()  # per row: the /api/items filters listing the items behind it


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
    role: str = ""  # what the quoted sentence does: finding | guideline | conclusion | history | heading
    title: str = ""  # the treatment requested, short (the full heading is `request`)


class Answer(msgspec.Struct, frozen=True, kw_only=True):
    question: str
    answer: str  # sentences carrying [n] markers
    citations: tuple[Citation, ...]
    hits: tuple[Hit, ...]
    understood: dict[str, object]
    mode: Literal["extractive", "llm"] = "extractive"
    abstained: bool = False  # True when nothing in the index answers the question
    count: dict[str, int] | None = None  # aggregate questions: counts by decision
    kind: str = "item"  # item | list | pattern | count | not_found
    lead: str = ""  # the one-line answer ("Denied: no red flags documented [2]")
    not_found: str = ""  # no_treatment | no_outcome | filters_exclude | unknown_case | case_lacks | no_patient | no_one_named | no_reviewer
    reasons: tuple[ReasonGroup, ...] = ()  # pattern answers: the recurring reasons, with counts
    coverage: Coverage | None = None
    related: tuple[Hit, ...] = ()  # not found: the nearest items, shown as related, not as the answer
    table: Table | None = None  # collection answers: the numbers behind the sentence
    rule: str = ""  # collection answers: what was counted, in words
    conversation_id: str = ""  # the conversation the server recorded this turn under (service.history)


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
