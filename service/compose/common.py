"""What every composer shares: numbered citations bound to verbatim spans, decision words, trims.

Every citation's quote is a verbatim substring of its letter's text at `span`, so a page can
highlight it; the Composer builds the answer text and its numbered citations together so they
cannot drift apart.
"""

from __future__ import annotations

from indexer.model import Item, Letter, Span, pages_between
from indexer.sentences import trim
from service.types import Citation, GuidelineRef

PLAIN = {  # in the words a citation's title carries, so the sentence is supported by its citation
    "Upheld": "denied (Upheld: not authorised)",
    "Overturned": "approved (Overturned: authorised)",
}
SHORT = {"Upheld": "upheld (denied)", "Overturned": "overturned (approved)"}
VERB = {"Upheld": "denied", "Overturned": "approved"}
HEAD = {"Upheld": "Denied (Upheld)", "Overturned": "Approved (Overturned)"}


def flat(text: str) -> str:
    return " ".join(text.split())


def guideline_span(letter: Letter, item: Item, claims: bool = False) -> Span | None:
    """The MAXIMUS guideline text of an item (between its label and "Decision rationale:"); `claims`: the
    claims administrator's (utilization review's), between its label and the MAXIMUS guideline's."""
    import re

    block = letter.text[item.span[0] : item.span[1]]
    pattern = (r"Claims\s+Administrator\s+guideline:\s*(.*?)MAXIMUS\s+guideline:" if claims
               else r"MAXIMUS\s+guideline:\s*(.*?)Decision\s+rationale:")
    match = re.search(pattern, block, flags=re.S)
    if not match:
        return None
    return trim(letter.text, (item.span[0] + match.start(1), item.span[0] + match.end(1)))


def guideline_words(item: Item, claims: bool = False) -> str:
    """The MAXIMUS guideline in words: every source with its sections and pages; `claims`: the claims
    administrator's."""
    guide = item.claims_administrator_guideline if claims else item.maximus_guideline
    if guide.no_evidence and not guide.parts:
        return ("no guideline (the claims administrator cited no medical evidence)" if claims
                else "no guideline (the reviewer cited no medical evidence)")
    parts = []
    for part in guide.parts or ():
        words = part.name
        if part.family == "ODG" and part.chapter and part.chapter not in words:
            words += f", {part.chapter} chapter"  # "Official Disability Guidelines (ODG), Elbow chapter, MRI"
        if part.topic and part.topic not in words:
            words += f", {part.topic}"
        if part.sections:
            shown = part.sections[:2]
            words += ", Section(s): " + "; ".join(shown) + ("; ..." if len(part.sections) > 2 else "")
        if part.pages:
            words += ", page(s) " + ", ".join(part.pages)
        parts.append(words)
    if not parts:
        parts = [guide.source or flat(guide.raw)[:120]]
        if guide.sections:
            parts[0] += ", Section(s): " + ", ".join(guide.sections)
        if guide.pages:
            parts[0] += ", page(s) " + ", ".join(guide.pages)
    return "; ".join(p for p in parts if p)


class Composer:
    """Builds the answer text and its numbered citations together so they cannot drift apart."""

    def __init__(self) -> None:
        self.sentences: list[str] = []
        self.citations: list[Citation] = []

    def cite(self, letter: Letter, item: Item | None, span: Span, chunk_id: str = "", role: str = "") -> int:
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
                guideline=GuidelineRef(source=guide.source, sections=guide.sections, pages=guide.pages, raw=guide.raw,
                                       parts=guide.parts)
                if guide
                else GuidelineRef(),
                quote=letter.text[span[0] : span[1]],
                span=span,
                item_index=item.index if item else 0,
                chunk_id=chunk_id,
                role=role,
                title=(item.title or item.request) if item else "",
            )
        )
        return n

    def quote(self, letter: Letter, item: Item, span: Span, role: str, chunk_id: str = "") -> str:
        """'"verbatim sentence" [n]'."""
        span = trim(letter.text, span)
        n = self.cite(letter, item, span, chunk_id, role)
        return f'"{flat(letter.text[span[0]:span[1]])}" [{n}]'

    def say(self, sentence: str) -> None:
        self.sentences.append(sentence)

    def text(self) -> str:
        return " ".join(self.sentences)

    def quotes(self) -> int:
        return len(self.citations)
