"""Parse a guideline citation ("Claims Administrator guideline: ...", "MAXIMUS guideline: ...").

2016 layout: "Decision based on MTUS Low Back Complaints 2004, Section(s): Summary, and Chronic
Pain Medical Treatment 2016, Section(s): Facet blocks. Decision based on Non-MTUS Citation ACOEM
..., pg. 607."  Older layout: "Decision based on MTUS Chronic Pain Treatment Guidelines PHYSICAL
MEDICINE Page(s): 98-99."
"""

from __future__ import annotations

import re

from indexer.model import Guideline

ODG = "Official Disability Guidelines (ODG)"

_BASED_ON = re.compile(r"Decision\s+based\s+on\s+", re.IGNORECASE)
_NON_MTUS = re.compile(r"^Non-MTUS\s+Citation\s*:?\s*", re.IGNORECASE)
_MTUS = re.compile(r"^MTUS\s+", re.IGNORECASE)
_YEAR = re.compile(r"^(?P<name>[^.:;]*?\b(?:19|20)\d{2})\b")
# ", and Chronic Pain Medical Treatment 2016" starts the next MTUS guideline of a sentence.
_NEXT_MTUS = re.compile(r",\s*and\s+(?=[A-Z][^.:;]*?\b(?:19|20)\d{2}\b)")
_SECTIONS = re.compile(r"Section\(s\)\s*:\s*", re.IGNORECASE)
_PAGES = re.compile(
    r"\b(?:page\(s\)|pages?|pgs?\.?|pp\.?)\s*:?\s*"
    r"(?P<list>\d+(?:\s*[-\u2013]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-\u2013]\s*\d+)?)*)",
    re.IGNORECASE,
)
_PAGES_TAIL = re.compile(r",?\s*\b(?:page\(s\)|pages?|pgs?\.?|pp\.?)\s*:?\s*\d.*$", re.IGNORECASE)
_NO_EVIDENCE = re.compile(r"did\s+not\s+cite\s+any\s+medical\s+evidence", re.IGNORECASE)
_OUTSIDE = re.compile(r"outside\s+(?:of\s+)?the\s+MTUS|Non-MTUS", re.IGNORECASE)
_ODG = re.compile(r"\bODG\b|Official\s+Disability\s+Guidelines", re.IGNORECASE)
# Single-word ACOEM section titles that stand alone in a comma list.
_STANDALONE = {"summary", "recommendations", "introduction", "references"}


def parse_guideline(raw: str) -> Guideline:
    """Parse whitespace-normalised citation text into a `Guideline`."""
    raw = " ".join(raw.split())
    sources: list[str] = []
    sections: list[str] = []
    for sentence in _BASED_ON.split(raw)[1:]:
        sentence = sentence.strip().rstrip(".").strip()
        if _NON_MTUS.match(sentence):
            _non_mtus(_NON_MTUS.sub("", sentence), sources)
        elif _MTUS.match(sentence):
            _mtus(sentence, sources, sections)
        elif sentence:
            sources.append(_cut_name(sentence))
    return Guideline(
        raw=raw,
        source=sources[0] if sources else "",
        sources=tuple(_unique(sources)),
        sections=tuple(_unique(sections)),
        pages=tuple(_unique(_pages(raw))),
        no_evidence=bool(_NO_EVIDENCE.search(raw)),
        outside_mtus=bool(_OUTSIDE.search(raw)),
    )


def _mtus(sentence: str, sources: list[str], sections: list[str]) -> None:
    body = _MTUS.sub("", sentence)
    if not _YEAR.match(body):  # older layout: a title, maybe a capitalised section, then pages
        title = _PAGES_TAIL.sub("", body).strip(" ,")
        words = title.split()
        caps = 0
        while caps < len(words) - 1 and words[-1 - caps].isupper() and len(words[-1 - caps]) > 2:
            caps += 1
        if caps and any(ch.islower() for ch in " ".join(words[:-caps])):
            sections.append(" ".join(words[-caps:]))
            words = words[:-caps]
        if words:
            _older_titles("MTUS " + " ".join(words), sources)
        return
    rest = body
    while rest:
        name = _YEAR.match(rest)
        if not name:
            break
        sources.append("MTUS " + name["name"].strip())
        rest = rest[name.end() :]
        following = _NEXT_MTUS.search(rest)
        part = rest[: following.start()] if following else rest
        found = _SECTIONS.search(part)
        if found:
            sections.extend(split_sections(part[found.end() :]))
        rest = rest[following.end() :].lstrip() if following else ""


def _older_titles(title: str, sources: list[str]) -> None:
    """ "MTUS ACOEM Chapter 8 Neck ..., Chapter 12 Low Back Complaints" names two chapters."""
    parts = re.split(r",\s*(?=Chapter\s+\d)", title)
    prefix = parts[0][: parts[0].find("Chapter")] if len(parts) > 1 and "Chapter" in parts[0] else ""
    sources.append(parts[0])
    sources.extend(prefix + part for part in parts[1:])


def split_sections(value: str) -> list[str]:
    """Split a "Section(s):" value on top-level commas, keeping titles such as
    "NSAIDs, GI symptoms & cardiovascular risk" or "Ultrasound, therapeutic" whole."""
    value = _PAGES_TAIL.sub("", value).strip().rstrip(".").strip()
    pieces: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in value:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if ch == "," and depth == 0:
            pieces.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    pieces.append("".join(current).strip())
    pieces = [p for p in pieces if p]
    merged: list[str] = []
    for piece in pieces:
        previous = merged[-1] if merged else ""
        if previous and (
            piece[0].islower()
            or (" " not in previous and previous.lower() not in _STANDALONE and not previous[0].isdigit())
        ):
            merged[-1] = f"{previous}, {piece}"
        else:
            merged.append(piece)
    return merged


def _non_mtus(cite: str, sources: list[str]) -> None:
    if not cite:
        return
    if _ODG.search(cite):
        sources.append(ODG)
    else:
        sources.append(_cut_name(cite))
    other = re.search(r"\band\s+Other\s+Medical\s+Treatment\s+Guidelines\s+(?P<rest>.+)$", cite)
    if other and other["rest"]:
        sources.append(_cut_name(other["rest"]))


def _cut_name(text: str) -> str:
    """The name at the start of a citation: up to its first comma, colon, semicolon or dash."""
    name = re.split(r"[,:;]|\s[-\u2013]\s|\.\s", text, maxsplit=1)[0]
    return name.strip().rstrip(".")


def _pages(raw: str) -> list[str]:
    pages: list[str] = []
    for match in _PAGES.finditer(raw):
        for part in match["list"].split(","):
            pages.append(re.sub(r"\s*[-\u2013]\s*", "-", part.strip()))
    return pages


def _unique(values: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value not in seen:
            seen[value] = None
    return list(seen)
