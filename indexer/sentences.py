"""The project's one sentence splitter, with character spans into the text it was given.

A sentence ends at ".", "!" or "?" (optionally followed by a closing quote or bracket), then
whitespace, then what can open a sentence: an upper-case letter, a digit, an opening quote or
bracket. These are not boundaries:
- abbreviations reviewers use: "p. 82", "pp. 300, 309", "pg. 607", "vs.", "e.g.", "i.e.", "Dr.",
  "No. 4", "3rd ed.", "et al.", "approx.", "Fig.", "U.S.", a single initial ("J. Smith");
- decimals ("7.5 mg") never are (no whitespace after the point);
- a list marker: "criteria include: 1. MRI ..." or "1) ..." starts a new sentence only where the
  text before it ended one; the marker itself ("1.") is never a sentence of its own.
`sentence_spans` gives contiguous spans that cover the range (for windowing); `trimmed_spans`
gives the same sentences without their surrounding whitespace (for quoting and labelling).
"""

from __future__ import annotations

import re

from indexer.model import Span

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]{0,2}\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9]|\([a-z]{1,3}\)\s)")
_ABBREVIATIONS = (
    "Dr|Drs|Mr|Mrs|Ms|Jr|Sr|St|vs|al|No|Nos|Fig|pg|pgs|pp|p|approx|ed|eds|vol|Vol|ch|Ch|chap|Chap"
    "|sec|Sec|cf|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\\.g|i\\.e|U\\.S|a\\.m|p\\.m"
)
# What the text before a candidate boundary must not end with.
_NOT_END = re.compile(rf"(?:(?<![\w.])(?:{_ABBREVIATIONS})\.|(?<![\w.])(?:[A-Z]\.)+)$")
# A list number after a colon, semicolon, bracket or sentence end ("include: 1." / "pain. 2."):
# it opens an entry, so the entry's text belongs to it.
_LIST_NUMBER = re.compile(r"(?:^|[:;(]|[.!?][\"')\]]?)\s*\d{1,2}[.)]$")


# Author-year or numbered citations after a sentence's full stop belong to that sentence:
# "... better outcomes. (Li, 2005) (Fritz, 2007). The use of ...", "... for 90 days. [1-3, 28] The ..."
_CITATIONS = re.compile(r"(?:(?:\([^()]{1,80}?\b(?:19|20)\d\d[a-z]?\)|\[\d{1,3}(?:\s*[-,\u2013]\s*\d{1,3})*\])[.,;]?\s*)+")
_QUOTE_REACH = 300  # characters: a quote closing further away than this is split like any text
# A straight double quote opens when it follows a space or an opening bracket and precedes a
# non-space; otherwise it closes. Curly quotes say which they are.
_QUOTE = re.compile(r'(?:(?<=[\s(\[])|^)"(?=\S)|\u201c|(?P<close>"|\u201d)')


def _inside_quote(sentence: str, after: str) -> bool:
    """True when the last quote mark of `sentence` (the text since the last cut, through the
    candidate boundary) opens a quote and the next quote mark after it closes that quote soon:
    a short quoted passage stays one sentence. Unbalanced quotes split like any text."""
    marks = list(_QUOTE.finditer(sentence))
    if not marks or marks[-1].group("close"):
        return False
    following = _QUOTE.search(after)
    return bool(following and following.group("close") and following.start() <= _QUOTE_REACH)


def sentence_spans(text: str, start: int, end: int) -> list[Span]:
    """Contiguous spans of sentences in text[start:end]; together they cover the whole range."""
    cuts = [start]
    segment = text[start:end]
    for match in _SENTENCE_END.finditer(segment):
        cut = match.end()
        if cut <= cuts[-1] - start:
            continue  # inside the author-year citations already moved behind the previous cut
        before = segment[: match.start()]
        if _NOT_END.search(before) or _LIST_NUMBER.search(before):
            continue
        if _inside_quote(segment[cuts[-1] - start : match.end()], segment[match.end() :]):
            continue
        cited = _CITATIONS.match(segment, cut)
        if cited:
            cut = cited.end()
        cuts.append(start + cut)
    cuts.append(end)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def trim(text: str, span: Span) -> Span:
    """Shrink a span so it starts and ends on non-space characters."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def trimmed_spans(text: str, start: int, end: int) -> list[Span]:
    """The sentences of text[start:end] without leading or trailing whitespace, in order, none empty."""
    spans = (trim(text, span) for span in sentence_spans(text, start, end))
    return [span for span in spans if span[1] > span[0]]


def normalise(text: str) -> str:
    """Whitespace-normalised text: how sentences are compared across readings of a letter."""
    return " ".join(text.split())
