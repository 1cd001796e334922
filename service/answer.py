"""Extractive answers: composed from the top items, every claim carrying [n] markers.

For each item used: the case, the disputed item and the decision in plain words (Upheld = the
denial stands, Overturned = approved), the reviewer's own reasons as verbatim quotes, and the
guideline with its section or pages. Every citation's quote is a verbatim substring of its
letter's text at `span`, so a page can highlight it. No good hit: the answer says so.
"""

from __future__ import annotations

import re

from indexer.sentences import sentence_spans, trim
from indexer.model import Item, Letter, Span, pages_between
from indexer.terms import tokens
from service.types import Citation, GuidelineRef, Hit
from service.understand import Query

PLAIN = {
    "Upheld": "denied (IMR upheld the utilization review denial, so the treatment is not authorised)",
    "Overturned": "approved (IMR overturned the utilization review denial, so the treatment is authorised)",
}
SHORT = {"Upheld": "upheld (denied)", "Overturned": "overturned (approved)"}
REASON_WORDS = re.compile(
    r"not (?:medically )?(?:necessary|recommended|supported|indicated)|lack of|no (?:documentation|evidence)|"
    r"recommend|guideline|criteria|medically necessary|document|failed|failure|exceed|support",
    re.IGNORECASE,
)
MAX_QUOTE_CHARS = 420


def flat(text: str) -> str:
    return " ".join(text.split())


def guideline_span(letter: Letter, item: Item) -> Span | None:
    """The MAXIMUS guideline text of an item (between its label and "Decision rationale:")."""
    block = letter.text[item.span[0] : item.span[1]]
    match = re.search(r"MAXIMUS\s+guideline:\s*(.*?)Decision\s+rationale:", block, flags=re.S)
    if not match:
        return None
    return trim(letter.text, (item.span[0] + match.start(1), item.span[0] + match.end(1)))


def reason_spans(letter: Letter, item: Item, question: str, n: int = 2) -> list[Span]:
    """The rationale sentences that best carry the reviewer's reasons for this question."""
    wanted = set(tokens(question))
    scored = []
    sentences = [trim(letter.text, s) for s in sentence_spans(letter.text, *item.rationale_span)]
    sentences = [s for s in sentences if s[1] - s[0] > 20]
    for position, span in enumerate(sentences):
        text = letter.text[span[0] : span[1]]
        words = set(tokens(text))
        score = len(words & wanted) + 1.5 * len(REASON_WORDS.findall(text))
        if span[1] - span[0] > MAX_QUOTE_CHARS:
            score -= 2
        if position == 0 and re.match(r"\s*(?:The request|No,|Yes,)", text):
            score -= 1  # the opening restatement says less than the reasons that follow
        scored.append((score, position, span))
    best = sorted(scored, key=lambda row: (-row[0], row[1]))[:n]
    return [span for _score, _pos, span in sorted(best, key=lambda row: row[1])]


def guideline_words(item: Item) -> str:
    guide = item.maximus_guideline
    if guide.no_evidence and not guide.source:
        return "no guideline (the reviewer cited no medical evidence)"
    parts = [guide.source or flat(guide.raw)[:120]]
    if guide.sections:
        parts.append("Section(s): " + ", ".join(guide.sections))
    if guide.pages:
        parts.append("page(s) " + ", ".join(guide.pages))
    return ", ".join(p for p in parts if p)


class Composer:
    """Builds the answer text and its numbered citations together so they cannot drift apart."""

    def __init__(self) -> None:
        self.sentences: list[str] = []
        self.citations: list[Citation] = []

    def cite(self, letter: Letter, item: Item | None, span: Span, chunk_id: str = "") -> int:
        for existing in self.citations:
            if existing.case_number == letter.case_number and existing.span == span:
                return existing.n
        n = len(self.citations) + 1
        guide = item.maximus_guideline if item else None
        self.citations.append(
            Citation(
                n=n,
                case_number=letter.case_number,
                request=item.request if item else "",
                decision=item.decision if item else "",
                pages=pages_between(letter.page_starts, *span),
                guideline=GuidelineRef(source=guide.source, sections=guide.sections, pages=guide.pages, raw=guide.raw)
                if guide
                else GuidelineRef(),
                quote=letter.text[span[0] : span[1]],
                span=span,
                item_index=item.index if item else 0,
                chunk_id=chunk_id,
            )
        )
        return n

    def say(self, sentence: str) -> None:
        self.sentences.append(sentence)

    def text(self) -> str:
        return " ".join(self.sentences)


def explain_item(c: Composer, letter: Letter, item: Item, question: str, chunk_id: str) -> None:
    heading = trim(letter.text, item.heading_span)
    n = c.cite(letter, item, heading, chunk_id)
    c.say(f'In case {letter.case_number}, the request for "{item.request}" was {PLAIN[item.decision]} [{n}].')
    quotes = reason_spans(letter, item, question)
    if quotes:
        marks = [c.cite(letter, item, s, chunk_id) for s in quotes]
        said = " ".join(f'"{flat(letter.text[s[0]:s[1]])}" [{m}]' for s, m in zip(quotes, marks))
        c.say(f"The reviewer wrote: {said}")
    gspan = guideline_span(letter, item)
    if gspan:
        g = c.cite(letter, item, gspan, chunk_id)
        c.say(f"The decision relied on {guideline_words(item)} [{g}].")


def compose(query: Query, hits: list[Hit], letters: dict[str, Letter], *, max_items: int = 3) -> tuple[str, list[Citation]]:
    """Answer text and citations from the top item hits."""
    c = Composer()
    items = [h for h in hits if h.section == "item" and h.item_index > 0]
    if query.case_numbers:
        items = [h for h in items if h.case_number in query.case_numbers]
        max_items = min(max_items, 2)
    # Answer about the treatment and body region asked about when the hits have them; the hit
    # list (returned beside the answer) keeps the rest.
    if query.category:
        items = [h for h in items if h.category == query.category] or items
    if query.body_regions:
        items = [h for h in items if set(h.body_regions) & set(query.body_regions)] or items
    for hit in items[:max_items]:
        letter = letters[hit.case_number]
        explain_item(c, letter, letter.items[hit.item_index - 1], query.text, hit.chunk_id)
    return c.text(), c.citations


def aggregate_answer(query: Query, counts: dict[str, int], scope: str, hits: list[Hit], letters: dict[str, Letter]) -> tuple[str, list[Citation]]:
    c = Composer()
    total = counts.get("total", 0)
    if total == 0:
        c.say(f"No {scope} items are in the index, so there is nothing to count.")
        return c.text(), []
    upheld, overturned = counts.get("Upheld", 0), counts.get("Overturned", 0)
    c.say(
        f"Of {total} {scope} item{'s' if total != 1 else ''} in the index, {upheld} ({100 * upheld / total:.0f}%) "
        f"{'were' if upheld != 1 else 'was'} upheld (denied) and {overturned} ({100 * overturned / total:.0f}%) "
        f"overturned (approved)."
    )
    examples = [h for h in hits if h.item_index > 0][:3]
    if examples:
        marks = []
        for hit in examples:
            letter = letters[hit.case_number]
            item = letter.items[hit.item_index - 1]
            n = c.cite(letter, item, trim(letter.text, item.heading_span), hit.chunk_id)
            marks.append(f'{hit.case_number} "{item.request}": {SHORT[item.decision]} [{n}]')
        c.say("Examples: " + "; ".join(marks) + ".")
    return c.text(), c.citations
