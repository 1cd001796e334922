"""Domain types: one frozen msgspec struct per concept.

Character offsets (`span`) always index `Letter.text` / `LetterText.text`: the letter's
pages joined by form feeds ("\\f"), each page's lines right-stripped. Page numbers are 1-based.
"""

from __future__ import annotations

import bisect
from typing import Literal

import msgspec

Decision = Literal["Upheld", "Overturned"]
Span = tuple[int, int]
# What a rationale sentence does (indexer.roles): what this patient's records show or lack, what a
# guideline says, the closing "... is (not) medically necessary", the request/UR/background, other.
Role = Literal["finding", "guideline", "conclusion", "history", "other"]
Family = Literal["MTUS", "ACOEM", "ODG", "other"]


class LetterText(msgspec.Struct, frozen=True, kw_only=True):
    """The raw text of one letter file with its page boundaries."""

    source: str  # the file path as given
    text: str  # pages joined by "\f"
    page_starts: tuple[int, ...]  # offset in `text` where each page begins; page_starts[0] == 0

    def page_of(self, offset: int) -> int:
        return page_at(self.page_starts, offset)


def page_at(page_starts: tuple[int, ...], offset: int) -> int:
    """1-based page holding character `offset`."""
    return max(1, bisect.bisect_right(page_starts, offset))


def pages_between(page_starts: tuple[int, ...], start: int, end: int) -> tuple[int, ...]:
    """Every 1-based page touched by the half-open span [start, end)."""
    first = page_at(page_starts, start)
    last = page_at(page_starts, max(start, end - 1))
    return tuple(range(first, last + 1))


class CitationPart(msgspec.Struct, frozen=True, kw_only=True):
    """One source named in a guideline line (indexer.guideline), with its own sections and pages.

    "Decision based on MTUS General Approaches 2004, Section(s): Initial Approaches to Treatment,
    and Knee Complaints 2004, Section(s): Initial Care" has two parts, each with its sections."""

    family: Family  # MTUS | ACOEM | ODG | other
    name: str  # "MTUS Knee Complaints 2004", "Official Disability Guidelines (ODG)", a title or host
    chapter: str = ""  # "Knee Complaints", "Knee & Leg", "Chronic Pain Medical Treatment"
    year: str = ""  # "2004", "2016"
    topic: str = ""  # ODG's topic after the chapter ("X-Ray"), when named
    sections: tuple[str, ...] = ()
    pages: tuple[str, ...] = ()  # "98-99", "607"
    url: str = ""  # a cited web page, whole
    host: str = ""  # its host ("www.ncbi.nlm.nih.gov")
    title: str = ""  # a cited article's or page's title, when given


class TextCitation(msgspec.Struct, frozen=True, kw_only=True):
    """A guideline or page named inside a rationale: "page 82 of the MTUS Chronic Pain ...",
    "ODG's Low Back Chapter", "pp. 300, 309". `span` indexes the letter text."""

    span: Span
    family: Family | Literal[""] = ""  # "" when only pages are named
    name: str = ""
    pages: tuple[str, ...] = ()


class Sentence(msgspec.Struct, frozen=True, kw_only=True):
    """One rationale sentence: its span in the letter text and its role."""

    span: Span
    role: Role


class Reason(msgspec.Struct, frozen=True, kw_only=True):
    """A normalised reason for a decision (indexer.reasons.CODES), with the spans of the finding
    sentences behind it."""

    code: str
    spans: tuple[Span, ...] = ()


class Guideline(msgspec.Struct, frozen=True, kw_only=True):
    """A guideline citation as printed in the letter, with its parsed parts."""

    raw: str  # whitespace-normalised text after the label
    parts: tuple[CitationPart, ...] = ()  # every source named, in order (indexer.guideline)
    source: str = ""  # first guideline named, e.g. "MTUS Chronic Pain Medical Treatment 2016"
    sources: tuple[str, ...] = ()  # every guideline named, in order
    sections: tuple[str, ...] = ()  # e.g. ("Physical medicine treatment",)
    pages: tuple[str, ...] = ()  # e.g. ("98-99",) or ("303-305", "177-179")
    no_evidence: bool = False  # "... did not cite any medical evidence for its decision"
    outside_mtus: bool = False  # "recommendation(s) outside of the MTUS" / "Non-MTUS Citation"


class Item(msgspec.Struct, frozen=True, kw_only=True):
    """One disputed item/service and the reviewer's decision on it."""

    index: int  # 1-based position in the letter
    request: str  # whole heading before ": Upheld|Overturned", whitespace-normalised
    decision: Decision
    claims_administrator_guideline: Guideline
    maximus_guideline: Guideline
    rationale: str  # whitespace-normalised, without the "Decision rationale:" label
    pages: tuple[int, ...]  # letter pages the item spans, heading's page first
    span: Span  # the whole block: heading through the end of the rationale
    heading_span: Span  # "REQUEST: Upheld"
    rationale_span: Span  # the rationale text (after its label)
    category: str = ""  # treatment category (indexer.taxonomy)
    body_regions: tuple[str, ...] = ()  # body regions named by the request (indexer.taxonomy)
    title: str = ""  # the treatment requested, short: no "was the original request ... authorized" text
    treatments: tuple[str, ...] = ()  # synonym-set ids the request matches (indexer.treatments)
    sentences: tuple[Sentence, ...] = ()  # the rationale's sentences with their roles (indexer.roles)
    reasons: tuple[Reason, ...] = ()  # normalised reasons (indexer.reasons)
    citations: tuple[TextCitation, ...] = ()  # guidelines and pages named inside the rationale


class Letter(msgspec.Struct, frozen=True, kw_only=True):
    """A parsed IMR final determination letter."""

    case_number: str
    source: str
    text: str
    page_starts: tuple[int, ...]
    date_assigned: str | None = None  # ISO dates (YYYY-MM-DD)
    date_of_injury: str | None = None
    decision_date: str | None = None
    ur_denial_date: str | None = None
    application_received: str | None = None
    priority: str | None = None
    reviewer_licensure: str | None = None
    reviewer_specialty: str | None = None
    age: int | None = None
    sex: Literal["male", "female"] | None = None
    summary: str = ""  # clinical case summary, whitespace-normalised
    header_span: Span = (0, 0)
    reviewer_span: Span = (0, 0)
    summary_span: Span = (0, 0)
    items: tuple[Item, ...] = ()
    layout: Literal["2016", "older"] = "2016"

    @property
    def page_count(self) -> int:
        return len(self.page_starts)

    def page_of(self, offset: int) -> int:
        return page_at(self.page_starts, offset)


class Chunk(msgspec.Struct, frozen=True, kw_only=True):
    """One embeddable piece of a letter, with flat metadata for the store."""

    id: str  # e.g. "CM16-0213037/item-2/rationale-1"
    case_number: str
    section: Literal["header", "reviewer", "summary", "item"]
    item_index: int  # 0 for letter-level sections
    text: str  # what is embedded (windows repeat the item's heading and decision)
    span: Span  # the letter text this chunk covers
    pages: tuple[int, ...]
    tokens: int  # tiktoken cl100k_base count of `text`
    content_hash: str  # sha256 of the letter text: re-indexing skips unchanged letters
    request: str = ""
    decision: str = ""
    category: str = ""
    body_regions: tuple[str, ...] = ()
    guideline_source: str = ""
    guideline_sections: tuple[str, ...] = ()
    guideline_pages: tuple[str, ...] = ()
    guideline_raw: str = ""
    decision_date: str = ""
    source: str = ""
    window: int = 1  # 1-based window number within its section or item
    age: int | None = None  # the letter's patient descriptors, for matching questions
    sex: str = ""
    date_of_injury: str = ""
