"""Citation checks for an Answer: are its citations real, and do they support its sentences?

They take an `Answer` (service.types) or anything shaped like it: `.answer` (text with [n]
markers) and `.citations` (each with n, case_number, request, decision, pages, quote, span).
Letter texts are passed in; nothing here imports the system it checks.

- `citation_validity`: against the system's own letter text (span, pages, bound markers);
- `citation_independent`: against text the system did not make (eval/independent.py: the
  reference parse's headings, guideline lines and rationales, and the PDF's text from another
  extractor), whitespace-normalised.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

SUPPORT_THRESHOLD = 0.8  # share of a sentence's content words its cited passages must contain

_MARKER = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")
_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each either few for
    from further had has have having he her here hers him his how i if in into is it its itself
    just may me might more most must my no nor not of off on once only or other our out over own
    per same she should so some such than that the their them then there these they this those
    through thus to too under until up upon very was we were what when where which while who whom
    why will with would you your yes""".split()
)  # "yes" as "no": a reply's yes or no is said of the claim after it, which its passage must support
# A citation's passage carries its title (case number, request, decision), as ALCE passes each
# passage with its title; decision words carry the plain-language glosses an answer uses.
_DECISION_GLOSS = {
    "upheld": "upheld denied denial not authorized authorised non certified medically necessary",
    "overturned": "overturned approved authorized authorised reversed medically necessary",
}


def markers(text: str) -> list[int]:
    """Every [n] marker number in `text`, in order ("[1, 2]" gives 1 and 2)."""
    return [int(n) for group in _MARKER.findall(text) for n in group.split(",")]


def citation_validity(
    answer: Any, letter_texts: Mapping[str, str], letter_page_starts: Mapping[str, Sequence[int]]
) -> float | None:
    """Share of citations that point at their letter exactly, counting unbound markers as failures.

    A citation is valid when its letter's text is given, `text[span[0]:span[1]] == quote` (a
    non-empty verbatim substring at its span) and its pages equal the pages that span touches.
    Every [n] marker in the answer with no citation numbered n adds one failure. None when the
    answer has neither citations nor markers (nothing to check).
    """
    numbers = {c.n for c in answer.citations}
    unbound = {n for n in markers(answer.answer) if n not in numbers}
    total = len(answer.citations) + len(unbound)
    if total == 0:
        return None
    valid = sum(_citation_valid(c, letter_texts, letter_page_starts) for c in answer.citations)
    return valid / total


def _citation_valid(
    citation: Any, letter_texts: Mapping[str, str], letter_page_starts: Mapping[str, Sequence[int]]
) -> bool:
    text = letter_texts.get(citation.case_number)
    starts = letter_page_starts.get(citation.case_number)
    start, end = citation.span
    if text is None or starts is None or not (0 <= start < end <= len(text)):
        return False
    if text[start:end] != citation.quote:
        return False
    return tuple(citation.pages) == pages_between(tuple(starts), start, end)


def pages_between(page_starts: Sequence[int], start: int, end: int) -> tuple[int, ...]:
    """Every 1-based page touched by the half-open span [start, end) (page i starts at page_starts[i-1])."""
    first = max(1, bisect.bisect_right(page_starts, start))
    last = max(1, bisect.bisect_right(page_starts, max(start, end - 1)))
    return tuple(range(first, last + 1))


_DASHES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                         "\u00ad": None})


def normalise(text: str) -> str:
    """NFKC, straight quotes and dashes, no soft hyphens, whitespace runs as one space, casefolded."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_DASHES).split()).casefold()


def citation_independent(answer: Any, independent: Mapping[str, Sequence[str]]) -> float | None:
    """Share of citations whose quote occurs, normalised, in one of its letter's independent texts.

    `independent` maps a case number to texts the system did not produce (see eval/independent.py).
    A citation with an empty quote, or of a letter with no independent text, fails. None when the
    answer has no citations.
    """
    if not answer.citations:
        return None
    pools = {case: [normalise(t) for t in texts] for case, texts in independent.items()}
    found = 0
    for citation in answer.citations:
        quote = normalise(citation.quote or "")
        found += bool(quote) and any(quote in text for text in pools.get(citation.case_number, ()))
    return found / len(answer.citations)


def sentences(text: str) -> list[str]:
    """Split an answer into sentences; a marker after the full stop stays with its sentence."""
    text = re.sub(r"([.!?])((?:\s*\[\d+(?:\s*,\s*\d+)*\])+)", r"\2\1", text)
    parts = re.split(r"(?<=[.!?])\s+(?=[\"'(\[A-Z0-9])|\n\s*\n|\n\s*[-*]\s+", text)
    return [p.strip() for p in parts if p and p.strip()]


def content_words(text: str) -> set[str]:
    """Lowercased words without markers and stopwords."""
    return {w for w in _WORD.findall(_MARKER.sub(" ", text).lower()) if w not in _STOPWORDS}


def citation_precision_recall(
    answer: Any, letter_texts: Mapping[str, str]
) -> tuple[float | None, float | None]:
    """(citation precision, citation recall) in the sense of ALCE (Gao et al. 2023), without an LLM.

    Method. The answer is split into sentences; a sentence "carries a claim" when it has content
    words (lowercased words, stopwords and [n] markers removed). Each [n] marker cites a passage:
    the letter text at citation n's span (taken from `letter_texts`, so a quote that is not in its
    letter supports nothing) plus its title - case number, request and decision, with the
    decision's plain glosses ("denied" for Upheld, "approved" for Overturned). ALCE's NLI
    entailment test "the passages entail the sentence" is approximated by coverage: at least 80%
    of the sentence's distinct content words occur among the cited passages' words.
    - Recall = supported claim sentences / claim sentences (a claim sentence with no marker is
      unsupported).
    - Precision = needed citations / all citations. As in ALCE, a citation of a supported sentence
      is needed when its passage alone supports the sentence or when the sentence's other cited
      passages without it no longer do (it contributes coverage the sentence needs); a sole
      citation is needed when it supports its sentence; citations of unsupported sentences, of
      sentences without claims, markers with no citation and citations never marked are not.
    Either value is None when there is nothing to divide by. Word overlap is a proxy: it rewards
    extractive answers and misses paraphrase and negation; the report says so.
    """
    by_number = {c.n: c for c in answer.citations}
    supported = claims = needed = cited = 0
    marked: set[int] = set()
    for sentence in sentences(answer.answer):
        numbers = list(dict.fromkeys(markers(sentence)))
        marked.update(numbers)
        cited += len(numbers)
        words = content_words(sentence)
        if not words:
            continue
        claims += 1
        passages = [_passage_words(by_number.get(n), letter_texts) for n in numbers]
        if not passages or not _supports(words, passages):
            continue
        supported += 1
        if len(passages) == 1:
            needed += 1
            continue
        for i, passage in enumerate(passages):
            others = passages[:i] + passages[i + 1:]
            needed += _supports(words, [passage]) or not _supports(words, others)
    cited += sum(1 for n in by_number if n not in marked)
    precision = needed / cited if cited else None
    recall = supported / claims if claims else None
    return precision, recall


def _passage_words(citation: Any, letter_texts: Mapping[str, str]) -> set[str]:
    if citation is None:
        return set()
    text = letter_texts.get(citation.case_number, "")
    start, end = citation.span
    body = text[start:end] if 0 <= start < end <= len(text) else ""
    gloss = _DECISION_GLOSS.get(str(citation.decision).casefold(), "")
    return set(_WORD.findall(f"{citation.case_number} {citation.request} {citation.decision} {gloss} {body}".lower()))


def _supports(words: set[str], passages: list[set[str]]) -> bool:
    if not passages:
        return False
    covered = words & set().union(*passages)
    return len(covered) / len(words) >= SUPPORT_THRESHOLD
