"""Guidelines and pages a reviewer cites inside a rationale, with their spans in the letter.

    "As noted on page 82 of the MTUS Chronic Pain Medical Treatment Guidelines (July 28, 2016)"
    "the MTUS Guideline in ACOEM Chapter 12, Table 12-8, page 309"
    "ODG's Low Back Chapter", "per the MTUS", "Per UpToDate", "pp. 300, 309", "Section 9792.20(ef)"

A citation is a guideline's name and the pages cited with it. The name is a head (MTUS, ACOEM,
ODG, the Chronic Pain Medical Treatment Guidelines, UpToDate, a Medicare manual or coverage
determination, a web address, a section of the MTUS regulations, 8 C.C.R. 9792.20-9792.27) and
what follows it: a year, "Chronic Pain Guidelines", "Chapter 8", "Table 8-8", "Low Back Disorders
Chapter". The pages are "page 82 of the ...", "..., page 309", "... notes on page 607". Pages
cited with no name are a citation of their own, with family "".

The family follows indexer.guideline's rule. A name that says MTUS (or Medical Treatment
Utilization Schedule, or cites the MTUS regulations, or names ACOEM's 2004 edition, which MTUS
adopted) is MTUS even when it also says ACOEM; else ACOEM, ODG, MTUS again for an MTUS guideline
named alone ("the Chronic Pain Medical Treatment Guidelines 2016"), or other. `name` is the
citation less its pages and dates. "Non-MTUS guidelines", and studies cited as "(Fritz, 2007)" or
"(CMS, 2014)" (the guideline's own references, quoted), are not citations.
"""

from __future__ import annotations

import re

from indexer.model import TextCitation

_AND = r"\s+(?:and|&)\s+"
_DOC = r"(?:Chronic\s+Pain|Acupuncture|Opioids?|Post-?\s*surgical)(?:\s+Medical)?(?:\s+Treatment)?"
_CHAPTER = (
    rf"(?:Low(?:er)?\s+Back|Neck(?:{_AND}Upper\s+Back)?|Shoulder|Elbow|Knee(?:{_AND}Leg)?|Hips?(?:{_AND}Pelvis)?"
    rf"|Ankle(?:{_AND}Foot)?|(?:Forearm,?\s+)?Wrist,?{_AND}Hand|Hand|Head|(?:Chronic\s+)?Pain"
    rf"|Mental\s+Illness{_AND}Stress|(?:[A-Za-z]+\s+){{1,3}}Disorders)"
)
_HEAD = (
    r"(?:(?:19|20)\d{2}\s+)?(?:(?:California|CA)[\s-]+)?(?-i:MTUS)"
    r"|(?:California\s+)?Medical\s+Treatment\s+Utilization\s+Schedule(?:\s*\((?-i:MTUS)\))?"
    rf"|(?:California\s+)?{_DOC}\s+Guidelines?"
    r"|(?:(?:Third|3rd|Second|2nd)\s+Edition\s+)?(?:(?-i:ACOEM)"
    r"|American\s+College\s+of\s+Occupational\s+and\s+Environmental\s+Medicine(?:\s*\((?-i:ACOEM)\))?)"
    r"|Official\s+Disability\s+Guidelines(?:\s*\((?-i:ODG)\))?|(?-i:ODG)(?:'s)?"
    r"|UpToDate|(?:(?-i:CMS)|Medicare)(?:'s)?\s+(?:[A-Z][\w&-]*\s+){0,4}?(?:Manual|Coverage\s+Determination)"
    r"|(?:National|Local)\s+Coverage\s+Determination(?:\s*\((?-i:NCD|LCD)\))?"
    r"|(?:8\s+C\.?\s?C\.?\s?R\.?\s*(?:\u00a7+\s*)?|(?:\u00a7+|Sections?)\s*)9792\.\d+(?:\.\d+)*(?:\([a-z]+\))?"
    r"|(?:https?://|www\.)[^\s,;)]+[^\s,;).]"
)
_TAIL = (
    r"\s*/\s*(?-i:ACOEM|MTUS)\b|\s+(?:in\s+(?:the\s+)?)?(?-i:ACOEM|MTUS)\b"
    r"|\s+(?:19|20)\d{2}\b"
    r"|\s*\((?:[A-Z][a-z]+\.?\s+\d{1,2},\s*)?(?:19|20)\d{2}\)"
    rf"|\s+[\"\u201c]?{_DOC}(?:\s+Guidelines?)?[\"\u201d]?|,\s*[\"\u201c]?{_DOC}\s+Guidelines?[\"\u201d]?"
    r"|\s+(?-i:CPMTG)"
    r"|\s+(?:treatment\s+)?guidelines?\b"
    r"|,?\s+Chapter\s+\d+\b|,?\s+Table\s+\d+-\d+\b"
    rf"|(?:,\s*|\s+|\s*-\s*)(?:the\s+)?{_CHAPTER}\s+(?:chapter|section|guidelines?|complaints)\b"
    r"|\s+(?:Preface|(?:Physical\s+Therapy|Acupuncture|Chiropractic)\s+Guidelines?)\b"
)
NAME = re.compile(rf"(?<![\w/-])(?<!Non\s)(?<!Non-)(?:{_HEAD})(?:{_TAIL})*", re.IGNORECASE)
_PAGE_LIST = r"\d+(?:\s*[-\u2013]\s*\d+)?(?:\s*(?:,|and)\s*\d+(?:\s*[-\u2013]\s*\d+)?)*"
PAGES = re.compile(rf"\b(?:pages?|pp?\.|pgs?\.?)\s*(?P<list>{_PAGE_LIST})\b", re.IGNORECASE)
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_GAP = re.compile(r"^(?:,\s*|\s+)(?:(?:[A-Za-z]+\s+){0,3}(?:on|at|in)\s+)?$")
_DATE = re.compile(r"\s*\((?:[A-Z][a-z]+\.?\s+\d{1,2},\s*)?(?:19|20)\d{2}\)")
_MTUS = re.compile(r"MTUS|Medical\s+Treatment\s+Utilization|9792\.", re.IGNORECASE)
# ACOEM's 2nd edition (2004) is the edition MTUS adopted.
_ACOEM_2004 = re.compile(
    r"ACOEM.*?(?:2004|2nd\s+Edition|Second\s+Edition)|(?:2nd|Second)\s+Edition\s+ACOEM", re.IGNORECASE
)
_MTUS_DOC = re.compile(rf"{_DOC}\s+Guidelines?", re.IGNORECASE)
_ACOEM = re.compile(r"ACOEM|American\s+College", re.IGNORECASE)
_ODG = re.compile(r"\bODG\b|Official\s+Disability", re.IGNORECASE)


def rationale_citations(text: str, start: int, end: int) -> tuple[TextCitation, ...]:
    """The citations in `text[start:end]` (a rationale), in order; spans index `text`."""
    flat, where = _flatten(text, start, end)
    names = list(NAME.finditer(flat))
    out: list[tuple[int, int, str, str, tuple[str, ...]]] = []
    pages_of: dict[int, tuple[int, int, tuple[str, ...]]] = {}
    for page in PAGES.finditer(flat):
        listed = _page_list(page["list"])
        after = _OF.match(flat, page.end())
        owner = next((n for n, m in enumerate(names) if after and m.start() == after.end()), None)
        if owner is None:
            before = [n for n, m in enumerate(names) if m.end() <= page.start()]
            owner = before[-1] if before and _GAP.match(flat[names[before[-1]].end() : page.start()]) else None
        if owner is not None and owner not in pages_of:
            pages_of[owner] = (page.start(), page.end(), listed)
        elif not after:  # "page 2 of the progress report" cites a record, not a guideline
            out.append((page.start(), page.end(), "", "", listed))
    for n, m in enumerate(names):
        s, e, listed = m.start(), m.end(), ()
        if n in pages_of:
            ps, pe, listed = pages_of[n]
            s, e = min(s, ps), max(e, pe)
        name = _DATE.sub("", m.group(0))
        out.append((s, e, _family(name), name, listed))
    out.sort()
    return tuple(
        TextCitation(span=(where[s], where[e - 1] + 1), family=fam, name=name, pages=listed)  # type: ignore[arg-type]
        for s, e, fam, name, listed in out
    )


def _family(name: str) -> str:
    if _MTUS.search(name) or _ACOEM_2004.search(name):
        return "MTUS"
    if _ACOEM.search(name):
        return "ACOEM"
    if _ODG.search(name):
        return "ODG"
    return "MTUS" if _MTUS_DOC.search(name) else "other"


def _page_list(value: str) -> tuple[str, ...]:
    pieces = re.split(r"\s*(?:,|\band\b)\s*", value)
    return tuple(re.sub(r"\s*[-\u2013]\s*", "-", p.strip()) for p in pieces if p.strip())


def _flatten(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """`text[start:end]` with each run of whitespace as one space, and each character's offset in `text`."""
    chars: list[str] = []
    where: list[int] = []
    space = False
    for i in range(start, end):
        ch = text[i]
        if ch.isspace():
            space = bool(chars)
            continue
        if space:
            chars.append(" ")
            where.append(i - 1)
            space = False
        chars.append(ch)
        where.append(i)
    return "".join(chars), where
