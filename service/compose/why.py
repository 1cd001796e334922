"""Which of an item's rationale sentences say why: its findings, most decisive first, and the rule
they failed or met.

The roles come from the index (indexer.roles labels every rationale sentence when a letter is
indexed; `Item.sentences`); the reasons too (indexer.reasons; `Item.reasons`, each with the spans of
the finding sentences behind it). A finding behind a reason code comes first; then findings that
say what was missing (for a denial) or what was shown (for an approval); then the rest. The
heading, the closing "... is (not) medically necessary" and other items' text are never reasons.
"""

from __future__ import annotations

import re

from indexer.model import Item, Letter, Sentence, Span
from indexer.terms import tokens
from service.past_count import asks_past_count, gives_past_count

MAX_QUOTE_CHARS = 480
_ABSENT = re.compile(r"\b(?:no|not|lack\w*|without|absen\w*|fail\w*|did\s+not|does\s+not|was\s+not|were\s+not|"
                     r"none|neither|nor|insufficient|unclear|unspecified|missing|exceed\w*|beyond|no\s+longer)\b",
                     re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:document\w*|demonstrat\w*|show\w*|positive|significant|confirm\w*|objective|improv\w*|"
                      r"met|meets|consistent\s+with|failed\s+(?:conservative|prior))\b", re.IGNORECASE)
_SOURCE = re.compile(r"\b(?:MTUS|ODG|ACOEM|guidelines?|Official\s+Disability|Chronic\s+Pain\s+Medical|criteria)\b",
                     re.IGNORECASE)


def labels() -> dict[str, str]:
    """Reason code -> its label (indexer.reasons)."""
    try:
        from indexer.reasons import CODES
    except ImportError:  # pragma: no cover - reasons are part of the indexer
        return {}
    return {code: (entry[0] if isinstance(entry, tuple) else getattr(entry, "label", str(entry)))
            for code, entry in CODES.items()}


def sentences(item: Item) -> tuple[Sentence, ...]:
    return item.sentences


def _text(letter: Letter, span: Span) -> str:
    return letter.text[span[0] : span[1]]


def findings(letter: Letter, item: Item, question: str, limit: int = 3) -> list[Span]:
    """The item's finding sentences, most decisive first (at most `limit`)."""
    wanted = set(tokens(question))
    behind = {}
    for rank, reason in enumerate(item.reasons):
        for span in reason.spans:
            behind.setdefault(tuple(span), rank)
    cue = _ABSENT if item.decision == "Upheld" else _PRESENT
    # "how many visits did she already have?": the sentence that gives the count answers it, first (a history
    # sentence too)
    counted = asks_past_count(question)
    scored = []
    for position, sentence in enumerate(sentences(item)):
        text = _text(letter, sentence.span)
        count = counted and sentence.role in ("finding", "history") and gives_past_count(text)
        if sentence.role != "finding" and not count:
            continue
        score = 20.0 if count else 0.0
        if tuple(sentence.span) in behind:
            score += 10 - behind[tuple(sentence.span)]
        score += 2.0 * bool(cue.search(text))
        score += 0.5 * len(wanted & set(tokens(text)))
        if len(text) > MAX_QUOTE_CHARS:
            score -= 3
        scored.append((-score, position, tuple(sentence.span)))
    ranked = sorted(scored)
    # Past the first, a finding is quoted only when a reason code stands on it or it says what was
    # missing (or shown): "the claimant has persistent low back pain" explains nothing.
    return [span for n, (s, _p, span) in enumerate(ranked[:limit]) if n == 0 or -s >= 2.0]


def rule(letter: Letter, item: Item, found: list[Span]) -> Span | None:
    """The guideline sentence the findings failed or met: the one sharing most words with them,
    a sentence naming its source preferred."""
    words = set()
    for span in found:
        words |= set(tokens(_text(letter, span)))
    # the request's own words tell no rule: "Regarding the request for Right L4 transforaminal epidural
    # ..., Non MTUS guidelines were also used" shares them with "... radiculopathy on the right L4"
    words -= set(tokens(item.request))
    best: tuple[float, int, Span] | None = None
    for position, sentence in enumerate(sentences(item)):
        if sentence.role != "guideline":
            continue
        text = _text(letter, sentence.span)
        score = len(words & set(tokens(text))) + 3.0 * bool(_SOURCE.search(text)) - 3.0 * (len(text) > MAX_QUOTE_CHARS)
        if best is None or (-score, position) < (-best[0], best[1]):
            best = (score, position, tuple(sentence.span))
    return best[2] if best else None


def lead_reason(item: Item, first: Span | None = None) -> str:
    """The label of the reason behind `first` (the finding the lead cites), else of the item's
    first reason code, or ''."""
    names = labels()
    known = [r for r in item.reasons if r.code in names]
    if first is not None:
        for reason in known:
            if any(a < first[1] and first[0] < b for a, b in reason.spans):
                return names[reason.code]
    return names[known[0].code] if known else ""
