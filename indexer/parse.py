"""Parse a letter's text into a `Letter`: header, reviewer, case summary and disputed items.

An item block is a heading ending in ": Upheld" or ": Overturned" (it may wrap over lines and
pages), then "Claims Administrator guideline:", "MAXIMUS guideline:" and "Decision rationale:".
A heading is recognised by its decision marker being followed, after nothing but whitespace
(blank lines, a page break), by one of those labels: "Upheld" inside a rationale is not a heading.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from indexer import header as hdr
from indexer.errors import ParseError
from indexer.guideline import parse_guideline
from indexer.model import Guideline, Item, Letter, LetterText, pages_between
from indexer.pdf import read_letter

logger = logging.getLogger(__name__)

_LABEL_CA = r"Claims\s+Administrator\s+guideline\s*:"
_LABEL_MX = r"MAXIMUS\s+guideline\s*:"
_LABEL_RA = r"Decision\s+rationale\s*:"
CA = re.compile(_LABEL_CA, re.IGNORECASE)
MX = re.compile(_LABEL_MX, re.IGNORECASE)
RA = re.compile(_LABEL_RA, re.IGNORECASE)
MARKER = re.compile(
    r":\s*(?P<decision>Upheld|Overturned)\b[ \t.]*(?=\s*(?:%s|%s|%s))" % (_LABEL_CA, _LABEL_MX, _LABEL_RA),
    re.IGNORECASE,
)
_ANY_LABEL = re.compile(f"{_LABEL_CA}|{_LABEL_MX}|{_LABEL_RA}", re.IGNORECASE)
MAX_HEADING_LINES = 10
# Words that end a line with a full stop without ending a sentence (item headings abbreviate).
_ABBREVIATIONS = {
    "mg", "mcg", "gm", "g", "ml", "cc", "qty", "no", "wk", "wks", "hr", "hrs", "min", "mos", "mo",
    "yr", "yrs", "x", "approx", "vs", "dr", "retro", "sess", "tab", "tabs", "cap", "caps", "oz",
    "bid", "tid", "qd", "prn", "dos", "inc", "lt", "rt", "bil", "bilat", "ext", "oint",
}  # fmt: skip
_MODIFIED = re.compile(
    r"IMR\s+eligible|authorized\s+by\s+the\s+Claims|Claims\s+Administrator\s+(?:authorized|modified)"
    r"|original\s+request",
    re.IGNORECASE,
)
_ORIGINAL = re.compile(r"was\s+the\s+original\s+request", re.IGNORECASE)
_NECESSARY = re.compile(r"\bmedically\s+necessary$", re.IGNORECASE)
# The issues intro ("... the disputed items/services set forth below:", in every layout seen) ends
# in a colon, and so can a line of a wrapped request ("..., DOS:" then "11/11/2016: Upheld"): only
# the intro's "below:" ends a heading.
_INTRO_END = re.compile(r"\bbelow\s*:$", re.IGNORECASE)
_OLDER = re.compile(r"Page\(s\)\s*:|licensed\s+to\s+practice\s+in", re.IGNORECASE)
_NEWER = re.compile(r"State\(s\)\s+of\s+Licensure|Section\(s\)\s*:", re.IGNORECASE)


def parse_file(path: Path) -> Letter:
    return parse_letter(read_letter(path))


def parse_letter(lt: LetterText) -> Letter:
    """Parse one letter; raise `ParseError` naming `lt.source` when it is not an IMR letter."""
    text = lt.text
    if not text.strip():
        raise ParseError(f"{lt.source}: empty text; not an IMR determination letter")
    issues = hdr.ISSUES_TITLE.search(text)
    if not issues:
        raise ParseError(
            f"{lt.source}: not an IMR determination letter: no 'IMR ISSUES, DECISIONS AND RATIONALES' section"
        )
    items = parse_items(text, lt.page_starts, issues.end())
    if not items:
        raise ParseError(
            f"{lt.source}: no disputed items found: expected headings such as 'REQUEST: Upheld' "
            "followed by 'Claims Administrator guideline:'"
        )
    issues_at = _line_start(text, issues.start())
    how = hdr.HOW_TITLE.search(text, 0, issues_at)
    summary_title = hdr.SUMMARY_TITLE.search(text, 0, issues_at)
    summary_at = _line_start(text, summary_title.start()) if summary_title else issues_at
    header_end = _line_start(text, how.start()) if how else summary_at
    header_span = hdr.strip_span(text, 0, header_end)
    reviewer_span = hdr.strip_span(text, header_end, summary_at) if how else (0, 0)
    summary_span = hdr.summary_span(text, summary_at, issues_at) if summary_title else (0, 0)
    header_text = text[: header_end]
    fields = hdr.header_fields(header_text)
    licensure, specialty = hdr.reviewer_fields(text[reviewer_span[0] : reviewer_span[1]])
    summary = " ".join(text[summary_span[0] : summary_span[1]].split())
    age, sex = hdr.age_sex(summary)
    case = hdr.case_number(header_text) or hdr.case_number(text[:issues_at]) or Path(lt.source).stem
    layout = "older" if _OLDER.search(text) and not _NEWER.search(text) else "2016"
    return Letter(
        case_number=case,
        source=lt.source,
        text=text,
        page_starts=lt.page_starts,
        reviewer_licensure=licensure,
        reviewer_specialty=specialty,
        age=age,
        sex=sex,
        summary=summary,
        header_span=header_span,
        reviewer_span=reviewer_span,
        summary_span=summary_span,
        items=tuple(items),
        layout=layout,
        **fields,
    )


def parse_items(text: str, page_starts: tuple[int, ...], start: int) -> list[Item]:
    """Every item block after offset `start` (the end of the issues title), in order."""
    markers = list(MARKER.finditer(text, start))
    if not markers:
        return []
    blocks = []
    floor = start
    for n, marker in enumerate(markers):
        bound = markers[n + 1].start() if n + 1 < len(markers) else len(text)
        ra = RA.search(text, marker.end(), bound)
        fields_end = ra.start() if ra else bound
        ca = CA.search(text, marker.end(), fields_end)
        mx = MX.search(text, ca.end() if ca else marker.end(), fields_end)
        heading_start = _heading_start(text, marker.start(), floor)
        blocks.append((heading_start, marker, ca, mx, ra))
        floor = max(label.end() for label in (marker, ca, mx, ra) if label is not None)
    items = []
    for n, (heading_start, marker, ca, mx, ra) in enumerate(blocks):
        end = blocks[n + 1][0] if n + 1 < len(blocks) else len(text)
        if ra:
            rationale_span = hdr.strip_span(text, ra.end(), end)
        else:
            rationale_span = (end, end)
        span = hdr.strip_span(text, heading_start, rationale_span[1] if ra else end)
        items.append(
            Item(
                index=n + 1,
                request=" ".join(text[heading_start : marker.start()].split()),
                decision=marker["decision"].capitalize(),  # type: ignore[arg-type]
                claims_administrator_guideline=_guideline(text, ca, mx or ra, end),
                maximus_guideline=_guideline(text, mx, ra, end),
                rationale=" ".join(text[rationale_span[0] : rationale_span[1]].split()),
                pages=pages_between(page_starts, span[0], span[1]),
                span=span,
                heading_span=(heading_start, marker.end("decision")),
                rationale_span=rationale_span,
            )
        )
    return items


def _guideline(text: str, label: re.Match[str] | None, following: re.Match[str] | None, end: int) -> Guideline:
    if label is None:
        return Guideline(raw="")
    stop = following.start() if following is not None and following.start() >= label.end() else end
    return parse_guideline(text[label.end() : stop])


def _heading_start(text: str, marker_at: int, floor: int) -> int:
    """Walk up from the marker's line over the lines that continue the heading.

    Blank lines and page breaks do not end a heading (pdf text puts blank lines inside
    wrapped headings). The walk stops at a line that ends a sentence (the previous rationale's
    last line), the issues intro ("... set forth below:"), a field label, or `floor` (the end of
    the previous item's last label). A line that ends in any other colon is part of the heading:
    a request can hold "DOS:", "Qty:" or "x 2:" and wrap just after it.
    """
    start = max(_line_start(text, marker_at), floor)
    below = text[start:marker_at]
    lines = 1
    pos = start
    while pos > floor and lines < MAX_HEADING_LINES:
        if text[pos - 1] not in "\n\f":
            break
        line_at = _line_start(text, pos - 1)
        line = text[line_at : pos - 1]
        pos = line_at
        if not line.strip():
            continue
        if line_at < floor or _ANY_LABEL.search(line):
            break
        if _INTRO_END.search(line.rstrip()) or _ends_sentence(line) and not _inside_modified(below):
            break
        start = line_at
        below = line + " " + below
        lines += 1
    while start < marker_at and text[start].isspace():
        start += 1
    return start


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip("\"')]\u201d\u2019")
    if stripped.endswith(("?", "!")) or _NECESSARY.search(stripped):
        return True
    if not stripped.endswith("."):
        return False
    words = stripped.rstrip(".").split()
    return not words or words[-1].lower().strip("(#") not in _ABBREVIATIONS


def _inside_modified(below: str) -> bool:
    """A modified request's heading has sentences of its own: "X was the original request. Y was
    authorized by the Claims Administrator. The remaining IMR eligible portion ... is: Upheld".
    Inside one, keep walking up until its "was the original request" sentence is included."""
    return bool(_MODIFIED.search(below)) and not _ORIGINAL.search(below)


def _line_start(text: str, offset: int) -> int:
    return max(text.rfind("\n", 0, offset), text.rfind("\f", 0, offset)) + 1

