"""Chunk a parsed letter by section and disputed item, bounded by the model's wordpiece window.

Sections: header, reviewer, clinical case summary, and one decision block per disputed item
(heading, decision, both guidelines, rationale). A block longer than the window is split at
sentence boundaries into windows; every window of an item repeats the item's heading and
decision so that the model truncates nothing away and each window says what it is about.
Consecutive windows' spans are contiguous, so the chunks of a letter cover every character of
every item's block.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator

from indexer.model import Chunk, Item, Letter, Span, pages_between
from indexer.sentences import normalise, sentence_spans
from indexer.tokens import MODEL_MAX_WORDPIECES, count_tiktoken

CHUNKER_VERSION = "2"
# Room left for [CLS] and [SEP] and a little slack for tokenisation differences at joins.
BUDGET = MODEL_MAX_WORDPIECES - 6

Counter = Callable[[str], int]


def letter_hash(letter: Letter) -> str:
    return hashlib.sha256(f"{CHUNKER_VERSION}\0{letter.text}".encode()).hexdigest()


def _word_spans(text: str, span: Span, count: Counter, budget: int) -> list[Span]:
    """Split one over-long sentence at word boundaries into pieces within budget."""
    start, end = span
    words = [m.start() + start for m in re.finditer(r"\S+\s*", text[start:end])] + [end]
    pieces: list[Span] = []
    piece_start = start
    for i in range(1, len(words)):
        if words[i] - piece_start > 0 and count(text[piece_start : words[i]]) > budget and words[i - 1] > piece_start:
            pieces.append((piece_start, words[i - 1]))
            piece_start = words[i - 1]
    pieces.append((piece_start, end))
    return pieces


def windows(text: str, span: Span, prefix: str, count: Counter, budget: int = BUDGET) -> list[Span]:
    """Group the sentences of text[span] into contiguous windows whose prefix+text fit `budget`."""
    room = budget - count(prefix)
    if count(normalise(text[span[0] : span[1]])) <= room:
        return [span]
    units: list[Span] = []
    for sentence in sentence_spans(text, *span):
        if count(normalise(text[sentence[0] : sentence[1]])) > room:
            units.extend(_word_spans(text, sentence, count, room))
        else:
            units.append(sentence)
    out: list[Span] = []
    current = units[0]
    for unit in units[1:]:
        joined = (current[0], unit[1])
        if count(normalise(text[joined[0] : joined[1]])) <= room:
            current = joined
        else:
            out.append(current)
            current = unit
    out.append(current)
    return out


def patient(letter: Letter) -> dict[str, object]:
    return {"age": letter.age, "sex": letter.sex or "", "date_of_injury": letter.date_of_injury or ""}


def _item_chunks(letter: Letter, item: Item, digest: str, count: Counter) -> Iterator[Chunk]:
    prefix = f"{item.request}: {item.decision}."
    guide = item.maximus_guideline
    base = dict(
        case_number=letter.case_number,
        section="item",
        item_index=item.index,
        content_hash=digest,
        request=item.request,
        decision=item.decision,
        category=item.category,
        body_regions=item.body_regions,
        guideline_source=guide.source,
        guideline_sections=guide.sections,
        guideline_pages=guide.pages,
        guideline_raw=guide.raw,
        decision_date=letter.decision_date or "",
        source=letter.source,
        **patient(letter),
    )
    head = f"{item.request}: {item.decision}"
    spans = windows(letter.text, item.span, prefix, count)
    for k, span in enumerate(spans, start=1):
        body = normalise(letter.text[span[0] : span[1]])
        # The first window usually starts with the heading itself; every other one repeats it.
        # A modified request's heading is several sentences long and can be split across
        # windows, so the first window gets the prefix too unless it holds the whole heading.
        text = body if k == 1 and body.startswith(head) else f"{prefix} {body}"
        yield Chunk(
            id=f"{letter.case_number}/item-{item.index}/rationale-{k}",
            text=text,
            span=span,
            pages=pages_between(letter.page_starts, *span),
            tokens=count_tiktoken(text),
            window=k,
            **base,
        )


def _section_chunks(letter: Letter, section: str, span: Span, digest: str, count: Counter) -> Iterator[Chunk]:
    if span[1] <= span[0]:
        return
    label = {"header": "Letter header", "reviewer": "Expert reviewer", "summary": "Clinical case summary"}[section]
    prefix = f"{label}, case {letter.case_number}."
    for k, part in enumerate(windows(letter.text, span, prefix, count), start=1):
        text = f"{prefix} {normalise(letter.text[part[0] : part[1]])}"
        yield Chunk(
            id=f"{letter.case_number}/{section}-{k}",
            case_number=letter.case_number,
            section=section,  # type: ignore[arg-type]
            item_index=0,
            text=text,
            span=part,
            pages=pages_between(letter.page_starts, *part),
            tokens=count_tiktoken(text),
            content_hash=digest,
            decision_date=letter.decision_date or "",
            source=letter.source,
            window=k,
            **patient(letter),
        )


def chunk_letter(letter: Letter, count: Counter) -> list[Chunk]:
    """All chunks of a letter, in letter order. `count` counts the embedding model's wordpieces."""
    digest = letter_hash(letter)
    chunks: list[Chunk] = []
    chunks += _section_chunks(letter, "header", letter.header_span, digest, count)
    chunks += _section_chunks(letter, "reviewer", letter.reviewer_span, digest, count)
    chunks += _section_chunks(letter, "summary", letter.summary_span, digest, count)
    for item in letter.items:
        chunks += _item_chunks(letter, item, digest, count)
    return chunks
