"""Parse a guideline citation ("Claims Administrator guideline: ...", "MAXIMUS guideline: ...")
into one `CitationPart` per source, each with its own sections and pages.

2016 layout: "Decision based on MTUS Low Back Complaints 2004, Section(s): Summary, and Chronic
Pain Medical Treatment 2016, Section(s): Facet blocks. Decision based on Non-MTUS Citation ACOEM
..., Low Back Disorders, pg. 607." is three parts. Older layout: "Decision based on MTUS ACOEM
Chapter 8 Neck and Upper Back Complaints, Chapter 12 Low Back Complaints Page(s): 303-305,
177-179" is two, each with the pages that fall in its chapter.

The family rule: a part is MTUS when its sentence says "Decision based on MTUS" (so an ACOEM
chapter cited under MTUS, "MTUS ACOEM Chapter 12", is family MTUS with that chapter); outside MTUS
("Non-MTUS Citation ..."), it is ODG when it names ODG or Official Disability Guidelines, ACOEM
when it names ACOEM or the American College of Occupational and Environmental Medicine (the 3rd
edition, not adopted into MTUS), else other (CMS/Medicare manuals, articles, web pages). Chapters
are canonical names (indexer.chapters); sections, topics and titles are kept as written.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import msgspec

from indexer import odg
from indexer.chapters import acoem_chapter, acoem_pages, match_mtus
from indexer.model import CitationPart, Guideline

ODG = odg.NAME

_BASED_ON = re.compile(r"Decision\s+based\s+on\s+", re.IGNORECASE)
_NON_MTUS = re.compile(r"^Non-?\s*MTUS(?:\s+Citation)?\s*:?\s*", re.IGNORECASE)
_MTUS = re.compile(r"^MTUS\s*:?\s+", re.IGNORECASE)
_OTHER_GUIDELINES = re.compile(r"\s+and\s+Other\s+Medical\s+Treatment\s+Guidelines?\s*:?\s*", re.IGNORECASE)
# "Low Back Complaints 2004" then ",", or the end: a 2016-layout MTUS chapter and its year.
_YEAR = re.compile(r"^(?P<name>[^.:;()]*?\b(?P<year>(?:19|20)\d{2}))(?=\s*(?:,|$))")
# ", and Chronic Pain Medical Treatment 2016" starts the next MTUS chapter of a sentence.
_NEXT_MTUS = re.compile(r",?\s*and\s+(?=[A-Z][^.:;]*?\b(?:19|20)\d{2}\s*(?:,|$))")
_SECTIONS = re.compile(r",?\s*Section\(s\)\s*:\s*", re.IGNORECASE)
_PAGE_WORD = r"\b(?:page\(s\)|pages?|pgs?\.?|pp\.?)\s*:?\s*"
_PAGE_LIST = r"\d+(?:\s*[-\u2013]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-\u2013]\s*\d+)?)*"
_PAGES = re.compile(_PAGE_WORD + f"(?P<list>{_PAGE_LIST})", re.IGNORECASE)
_PAGES_TAIL = re.compile(r",?\s*" + _PAGE_WORD + r"\d.*$", re.IGNORECASE)
_PAGES_ANY = re.compile(r",?\s*" + _PAGE_WORD + _PAGE_LIST, re.IGNORECASE)
_NO_EVIDENCE = re.compile(r"did\s+not\s+cite\s+any\s+medical\s+evidence", re.IGNORECASE)
_BOILERPLATE = re.compile(
    r"The\s+(?:Expert\s+Reviewer|Claims\s+Administrator)\s+(?:based\s+their\s+decision\s+on\s+recommendation\(s\)"
    r"\s+outside\s+of\s+the\s+MTUS\s+Guidelines|did\s+not\s+cite\s+any\s+medical\s+evidence\s+for\s+its\s+decision)\.?",
    re.IGNORECASE,
)
_OUTSIDE = re.compile(r"outside\s+(?:of\s+)?the\s+MTUS|Non-MTUS", re.IGNORECASE)
_ACOEM = re.compile(
    r"^(?:the\s+)?(?:ACOEM|American\s+College\s+of\s+Occupational\s+and\s+Environmental\s+Medicine(?:\s*\(ACOEM\))?)"
    r"(?:\s*:)?",
    re.IGNORECASE,
)
_URL = re.compile(
    r"(?:https?://|www\.)[^\s,;]+|\b(?:[\w-]+\.)+(?:com|org|gov|net|edu|int)\b(?:/[^\s,;]*)?", re.IGNORECASE
)
_URL_LEAD = re.compile(
    r"[\s,.:;-]*\b(?:(?:last\s+)?accessed|available|retrieved|downloaded)?\s*(?:at|from|via|on)?\s*$", re.IGNORECASE
)
_STANDALONE_YEAR = re.compile(r"(?<![/\d.-])(?:19|20)\d{2}(?![/\d])")
# A sentence ends at ". " before a capital or digit, except after "U.S", "ed", "et al", "vol", "Jan".
_SENTENCE = re.compile(r"(?<![A-Z]\.[A-Z])(?<!\bed)(?<!\bal)(?<!\bvol)(?<!\bJan)\.\s+(?=[A-Z0-9])")
# Single-word ACOEM section titles that stand alone in a comma list.
_STANDALONE = {"summary", "recommendations", "introduction", "references"}


def parse_guideline(raw: str) -> Guideline:
    """Parse whitespace-normalised citation text into a `Guideline` with one part per source."""
    raw = " ".join(raw.split())
    parts: list[CitationPart] = []
    sentences = _BASED_ON.split(raw)
    if len(sentences) == 1:  # no "Decision based on": the whole line, less the boilerplate, is the source
        sentences = ["", _BOILERPLATE.sub("", raw)]
    for sentence in sentences[1:]:
        sentence = sentence.strip().rstrip(".").strip()
        if found := _NON_MTUS.match(sentence):
            for piece in _OTHER_GUIDELINES.split(sentence[found.end() :]):
                parts.extend(non_mtus_parts(piece))
        elif found := _MTUS.match(sentence):
            parts.extend(mtus_parts(sentence[found.end() :]))
        elif sentence:
            parts.extend(non_mtus_parts(sentence))
    return Guideline(
        raw=raw,
        parts=tuple(parts),
        source=parts[0].name if parts else "",
        sources=tuple(_unique([p.name for p in parts])),
        sections=tuple(_unique([s for p in parts for s in p.sections])),
        pages=tuple(_unique([g for p in parts for g in p.pages])),
        no_evidence=bool(_NO_EVIDENCE.search(raw)),
        outside_mtus=bool(_OUTSIDE.search(raw)),
    )


def families(guideline: Guideline) -> list[str]:
    """The families of a guideline's parts, in order, once each (for filtering)."""
    return _unique([part.family for part in guideline.parts])


def mtus_parts(body: str) -> list[CitationPart]:
    """The parts of "MTUS ..." (the text after "MTUS")."""
    if not _YEAR.match(body):
        return _older_mtus(body)
    parts = []
    rest = body
    while found := _YEAR.match(rest):
        name, year = found["name"].strip(), found["year"]
        rest = rest[found.end() :]
        following = _NEXT_MTUS.search(rest)
        text = rest[: following.start()] if following else rest
        sections = _SECTIONS.search(text)
        chapter = match_mtus(name)[0] or name[: -len(year)].strip(" ,")
        parts.append(
            CitationPart(
                family="MTUS",
                name=f"MTUS {name}",
                chapter=chapter,
                year=year,
                sections=tuple(split_sections(text[sections.end() :])) if sections else (),
                pages=tuple(_pages(text)),
            )
        )
        rest = rest[following.end() :].lstrip() if following else ""
    return parts


def _older_mtus(body: str) -> list[CitationPart]:
    """ "Chronic Pain Treatment Guidelines PHYSICAL MEDICINE Page(s): 98-99"; "ACOEM Chapter 8 Neck
    ..., Chapter 12 Low Back Complaints Page(s): 303-305, 177-179" (one part per chapter)."""
    pages = _pages(body)
    title = _PAGES_ANY.sub("", body).strip(" ,.")
    pieces = re.split(r",\s*(?=Chapter\s+\d)", title)
    prefix = pieces[0][: pieces[0].find("Chapter")] if len(pieces) > 1 and "Chapter" in pieces[0] else ""
    parts = []
    for n, piece in enumerate(pieces):
        chapter, end = match_mtus(piece)
        section = piece[end:].strip(" ,:-") if chapter else ""
        if not chapter:
            section = _capitals(piece)
            chapter = piece[: len(piece) - len(section)].strip(" ,") if section else piece
        name = piece[: len(piece) - len(section)].strip(" ,") if section else piece
        year = _STANDALONE_YEAR.search(piece)
        parts.append(
            CitationPart(
                family="MTUS",
                name="MTUS " + (prefix if n else "") + name,
                chapter=chapter,
                year=year.group(0) if year else "",
                sections=tuple(split_sections(section)) if section else (),
            )
        )
    return _share_pages(parts, pages)


def _capitals(title: str) -> str:
    """The capitalised section at the end of an unknown older title ("... PHYSICAL MEDICINE")."""
    words = title.split()
    caps = 0
    while caps < len(words) - 1 and words[-1 - caps].isupper() and len(words[-1 - caps]) > 2:
        caps += 1
    if caps and any(ch.islower() for ch in " ".join(words[:-caps])):
        return " ".join(words[-caps:])
    return ""


def _share_pages(parts: list[CitationPart], pages: list[str]) -> list[CitationPart]:
    """Give each page range to the part whose ACOEM chapter holds it; the rest to the last part."""
    if not parts:
        return parts
    owned: list[list[str]] = [[] for _ in parts]
    for page in pages:
        first = int(re.match(r"\d+", page).group(0))  # type: ignore[union-attr]
        owner = len(parts) - 1
        if len(parts) > 1:
            for n, part in enumerate(parts):
                span = acoem_pages(part.chapter)
                if span and span[0] <= first <= span[1]:
                    owner = n
                    break
        owned[owner].append(page)
    return [_replace(part, pages=tuple(_unique(mine))) for part, mine in zip(parts, owned)]


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


def non_mtus_parts(cite: str) -> list[CitationPart]:
    """The parts of one source cited outside MTUS: ODG, ACOEM, a web page or another named source."""
    cite = cite.strip().rstrip(".").strip()
    if not cite:
        return []
    link: dict[str, str] = {}
    before = ""  # the text before a cited web address: its title
    if url := _URL.search(cite):
        whole = url.group(0).rstrip(".)")
        host = urlsplit(whole if "//" in whole else "//" + whole).hostname or ""
        link = {"url": whole, "host": host.lower()}
        before = _URL_LEAD.sub("", cite[: url.start()]).strip(" ,.:;")
        cite = (cite[: url.start()] + " " + cite[url.start() + len(whole) :]).strip()
    if odg.NAMED.search(cite) or odg.starts_with_chapter(cite):
        return [_replace(p, **link) for p in odg.parts(cite)]
    if found := _ACOEM.match(cite):
        return [_acoem(cite, found.end(), link)]
    if link:
        return [CitationPart(family="other", name=link["host"], title=before, **link)]
    return [_other(cite)]


def _acoem(cite: str, at: int, link: dict[str, str]) -> CitationPart:
    chapter, start, end = acoem_chapter(cite[at:])
    topic = ""
    if chapter:
        name = cite[:at] + cite[at : at + start]
        topic = _PAGES_ANY.sub("", cite[at + end :]).strip(" ,.:;-")
        topic = re.sub(r"^Chapter\b[\s,.:;-]*", "", topic, flags=re.IGNORECASE)
    else:
        name = _PAGES_ANY.sub("", cite).strip()
        chapter = match_mtus(cite[at:].strip(" ,:"))[0]
    year = _STANDALONE_YEAR.search(cite)
    return CitationPart(
        family="ACOEM",
        name=name.strip(" ,:;-"),
        chapter=chapter,
        year=year.group(0) if year else "",
        topic=topic,
        pages=tuple(_pages(cite)),
        **link,
    )


def _other(cite: str) -> CitationPart:
    """A named source outside the guidelines: "Author. Title. Journal. 2007;..." or "Publisher, Manual, ..."."""
    sentences = [s.strip() for s in _SENTENCE.split(cite) if s.strip()]
    if len(sentences) > 1:
        name, title = sentences[0], sentences[1]
    else:
        name, _, title = cite.partition(", ")
    year = _STANDALONE_YEAR.search(cite)
    return CitationPart(
        family="other",
        name=name.strip(" ,.:;"),
        title=_PAGES_ANY.sub("", title).strip(" ,.:;"),
        year=year.group(0) if year else "",
        pages=tuple(_pages(cite)),
    )


def _pages(raw: str) -> list[str]:
    pages: list[str] = []
    for match in _PAGES.finditer(raw):
        for part in match["list"].split(","):
            pages.append(re.sub(r"\s*[-\u2013]\s*", "-", part.strip()))
    return _unique(pages)


def _replace(part: CitationPart, **changes: object) -> CitationPart:
    return msgspec.structs.replace(part, **changes) if changes else part


def _unique(values: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value not in seen:
            seen[value] = None
    return list(seen)

