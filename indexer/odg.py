"""ODG citations: "Official Disability Guidelines (ODG) Low Back - Lumbar & Thoracic (Acute &
Chronic), EMG, NCV", "ODG Neck and Upper Back; Low Back", "Shoulder (Acute & Chronic), Physical
Therapy, ODG Preface - Physical Therapy".

`parts(text)` gives one part per chapter named, each with the topic written after it (up to the
next chapter); a topic written before the first chapter ("MRI Elbow", "Physical therapy/Preface")
is that chapter's when the chapter has none of its own. A year written as such ("(ODG), 2016,")
is kept; update dates ("(updated 11/23/16)") and the publisher ("Work Loss Data Institute") are not.
"""

from __future__ import annotations

import re

from indexer.chapters import ODG_DECORATION, ODG_RE, odg_chapter
from indexer.model import CitationPart

NAME = "Official Disability Guidelines (ODG)"
NAMED = re.compile(r"\bODG\b|Official\s+Disability\s+Guidelines", re.IGNORECASE)
_LEAD = re.compile(
    r"^(?:the\s+)?(?:Official\s+Disability\s+Guidelines(?:\s*\(ODG\))?|ODG)(?:'s)?(?:\s+guidelines?\b)?", re.IGNORECASE
)
_PUBLISHER = re.compile(
    r"Work\s+Loss\s+Data\s+Institute(?:\s*\([^)]*\))?|\(?\d+(?:st|nd|rd|th)\s+(?:Annual\s+)?Edition\)?", re.IGNORECASE
)
_UPDATED = re.compile(r"\(\s*updated[^)]*\)", re.IGNORECASE)
_YEAR = re.compile(r"(?<![/\d.-])((?:19|20)\d{2})(?![/\d])")
_BARE_YEAR = re.compile(r"(?:(?<=^)|(?<=[,;:]))\s*(?:19|20)\d{2}\s*(?=[,;:]|\s+[A-Z]|$)")
_SEPARATOR = re.compile(r"[,;/:\u2013]|\s-\s?|-(?=\s*[A-Z])")
_EDGES = " ,;:/-\u2013."


def starts_with_chapter(text: str) -> bool:
    """Does `text` open with an ODG chapter name ("Shoulder (Acute & Chronic), ...")?"""
    found = ODG_RE.match(text.strip())
    return bool(found) and "(Acute" in text[: found.end() + 12]


def parts(text: str) -> list[CitationPart]:
    """The ODG parts of one non-MTUS citation sentence (its text after "Non-MTUS Citation")."""
    text = _LEAD.sub("", text.strip(), count=1)
    year_found = _YEAR.search(_UPDATED.sub("", text))
    year = year_found.group(1) if year_found else ""
    text = _PUBLISHER.sub("", text)
    text = _BARE_YEAR.sub("", text)
    chapters = _chapters(text)
    if not chapters:
        return [CitationPart(family="ODG", name=NAME, year=year, topic=_clean(text))]
    found: list[list[str]] = []
    for n, (_cut, _start, end, chapter) in enumerate(chapters):
        stop = chapters[n + 1][0] if n + 1 < len(chapters) else len(text)
        if found and found[-1][0] == chapter and not found[-1][1]:  # "Low Back, Lumbar & Thoracic"
            found.pop()
        found.append([chapter, _clean(text[end:stop])])
    before = _clean(text[: chapters[0][0]])
    if before and not found[0][1]:
        found[0][1] = before
    elif before:
        found.insert(0, ["", before])
    return [CitationPart(family="ODG", name=NAME, chapter=c, year=year, topic=t) for c, t in found]


def _chapters(text: str) -> list[tuple[int, int, int, str]]:
    """(cut, start, end, chapter) for each chapter named at the start of `text` or after a separator:
    `cut` is where the text before it ends (at the separator), `end` after its decorations."""
    starts = [(0, 0)] + [(m.start(), m.end()) for m in _SEPARATOR.finditer(text)]
    out: list[tuple[int, int, int, str]] = []
    for cut, at in starts:
        while at < len(text) and text[at] == " ":
            at += 1
        lead = re.match(r"ODG\s+", text[at:])
        begin = at + (lead.end() if lead else 0)
        found = ODG_RE.match(text, begin)
        if found and (not out or begin >= out[-1][2]) and _ends_word(text, found.end()):
            end = found.end() + len(ODG_DECORATION.match(text, found.end()).group(0))  # type: ignore[union-attr]
            out.append((cut, begin, end, odg_chapter(found)))
    if not out:  # "MRI Elbow": a chapter at the very end
        for found in ODG_RE.finditer(text):
            end = found.end() + len(ODG_DECORATION.match(text, found.end()).group(0))  # type: ignore[union-attr]
            if found.start() > 0 and text[found.start() - 1] == " " and not text[end:].strip(_EDGES):
                out.append((found.start(), found.start(), end, odg_chapter(found)))
    return out


def _ends_word(text: str, end: int) -> bool:
    return end >= len(text) or not (text[end].isalnum() or text[end] in "'-")


def _clean(topic: str) -> str:
    topic = _UPDATED.sub("", topic)
    topic = re.sub(r"^\s*(?:Chapter|section)\b", "", topic.strip(_EDGES), flags=re.IGNORECASE)
    topic = re.sub(r"\s*\bODG\s*$", "", topic.strip(_EDGES))
    return " ".join(topic.split()).strip(_EDGES)
