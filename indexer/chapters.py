"""The chapters of the guidelines IMR letters cite, with the wordings reviewers use for them.

`mtus_chapter`, `odg_chapter` and `acoem_chapter` turn a chapter as written ("Low Back - Lumbar
and Thoracic Chapter (updated 12/20/16)", "Chapter 12 Low Back Complaints", "Hips and Pelvis")
into one canonical name, so that citations can be counted by chapter. Names follow the
guidelines' own titles: MTUS as the 2016-layout letters print them ("Low Back Complaints"), ODG
by its chapter titles shortened to their head ("Low Back" for "Low Back - Lumbar & Thoracic
(Acute & Chronic)", "Pain" for "Pain (Chronic)"), ACOEM 3rd edition by "... Disorders".
"""

from __future__ import annotations

import re

_AND = r"\s*(?:&|and)\s*"

# (canonical MTUS chapter, pattern of the ways letters name it). ACOEM 2nd-edition chapters 1-16
# were adopted into MTUS in 2004; the Elbow chapter was revised in 2007.
MTUS: tuple[tuple[str, str], ...] = (
    ("Chronic Pain Medical Treatment", r"Chronic\s+Pain(?:\s+Medical)?(?:\s+Treatment)?(?:\s+Guidelines?)?"),
    ("Acupuncture Treatment", r"Acupuncture(?:\s+Medical)?(?:\s+Treatment)?(?:\s+Guidelines?)?"),
    ("Postsurgical Treatment", r"Post-?\s*surgical(?:\s+Treatment)?(?:\s+Guidelines?)?"),
    ("Opioid Treatment", r"Opioids?\s+Treatment(?:\s+Guidelines?)?"),
    ("General Approaches", r"General\s+Approach(?:es)?"),
    ("Neck and Upper Back Complaints", rf"Neck{_AND}Upper\s+Back(?:\s+Complaints)?"),
    ("Shoulder Complaints", r"Shoulder(?:\s+Complaints)?"),
    ("Elbow Complaints", r"Elbow(?:\s+(?:Complaints|Disorders))?(?:\s*\(Revised\s+2007\))?"),
    ("Forearm, Wrist, and Hand Complaints", rf"Forearm,?\s+Wrist,?{_AND}Hand(?:\s+Complaints)?"),
    ("Low Back Complaints", r"Low(?:er)?\s+Back(?:\s+Complaints)?"),
    ("Knee Complaints", r"Knee(?:\s+Complaints)?"),
    ("Ankle and Foot Complaints", rf"Ankle{_AND}Foot(?:\s+Complaints)?"),
    ("Stress-Related Conditions", r"Stress[-\s]+Related\s+Conditions"),
    ("Eye", r"Eye"),
)
# ACOEM 2nd edition (2004) chapter number -> MTUS chapter, and the book pages each chapter spans
# (used to give each chapter of "Chapter 8 ..., Chapter 12 ... Page(s): 303-305, 177-179" its pages).
ACOEM_NUMBERED: dict[int, tuple[str, tuple[int, int]]] = {
    **{n: ("General Approaches", (1, 164)) for n in range(1, 8)},
    8: ("Neck and Upper Back Complaints", (165, 194)),
    9: ("Shoulder Complaints", (195, 224)),
    10: ("Elbow Complaints", (225, 252)),
    11: ("Forearm, Wrist, and Hand Complaints", (253, 286)),
    12: ("Low Back Complaints", (287, 326)),
    13: ("Knee Complaints", (327, 360)),
    14: ("Ankle and Foot Complaints", (361, 386)),
    15: ("Stress-Related Conditions", (387, 420)),
    16: ("Eye", (421, 460)),
}

# ODG chapters. "Pain" only where a chapter can end (so "Chronic pain programs" stays a topic).
ODG: tuple[tuple[str, str], ...] = (
    ("Ankle & Foot", rf"Ankle{_AND}Foot"),
    ("Carpal Tunnel Syndrome", r"Carpal\s+Tunnel(?:\s+Syndrome)?"),
    ("Elbow", r"Elbow"),
    ("Forearm, Wrist & Hand", rf"(?:Forearm,?\s*)?Wrist,?{_AND}Hand|Hand(?=\s+Chapter)"),
    ("Head", r"Head"),
    ("Hip & Pelvis", rf"Hips?{_AND}Pelvis"),
    ("Knee & Leg", rf"Knee(?:{_AND}Leg)?"),
    ("Low Back", rf"Low(?:er)?\s+Back(?:\s*[-\u2013]\s*Lumbar{_AND}Thoracic)?|Lumbar{_AND}Thoracic"),
    ("Mental Illness & Stress", rf"Mental\s+Illness{_AND}Stress"),
    ("Neck & Upper Back", rf"Neck(?:{_AND}Upper\s+Back)?"),
    ("Pain", r"(?:Chronic\s+)?Pain(?=\s*(?:[(,;:/\u2013-]|Chapter\b|section\b|guidelines?\b|$))"),
    ("Shoulder", r"Shoulder"),
    ("Hernia", r"Hernia"),
    ("Traumatic Brain Injury", r"Traumatic\s+Brain\s+Injury"),
    ("Pulmonary", r"Pulmonary"),
    ("Preface", r"Preface"),
)
# What may follow an ODG chapter's name and still belong to it.
ODG_DECORATION = re.compile(
    r"(?:\s*(?:\((?:updated[^)]*|Acute[^)]*|Chronic|Online\s+Version|Thoracic[^)]*|\d{4})\)"
    r"|Chapter\b|section\b|guidelines?\b))*",
    re.IGNORECASE,
)

# ACOEM 3rd edition chapters ("Low Back Disorders", "Hip and Groin Disorders").
ACOEM_DISORDERS = re.compile(
    r"\b(?P<name>(?:(?!(?:ACOEM|Guidelines?|Edition|Practice|Medicine|Third|3rd)\b)[A-Z][\w-]*,?\s+(?:and\s+)?){1,4}?"
    r"Disorders)\b",
    re.IGNORECASE,
)

MTUS_RE = re.compile("|".join(f"(?P<m{i}>{pat})" for i, (_, pat) in enumerate(MTUS)), re.IGNORECASE)
ODG_RE = re.compile("|".join(f"(?P<o{i}>{pat})" for i, (_, pat) in enumerate(ODG)), re.IGNORECASE)


_ACOEM_PREFIX = re.compile(
    r"(?:ACOEM\s*:?\s*)?(?:Practice\s+Guidelines,?\s*)?(?:2nd\s+Edition\s*(?:\(2004\))?,?\s*)?", re.IGNORECASE
)
_NUMBERED = re.compile(r"Chapter\s+(\d{1,2})\b[\s,]*", re.IGNORECASE)


def match_mtus(text: str) -> tuple[str, int]:
    """(canonical MTUS chapter, end of the words naming it) for the chapter `text` starts with,
    after "ACOEM" or "Chapter 12"; ("", 0) when it names none."""
    at = _ACOEM_PREFIX.match(text).end()  # type: ignore[union-attr]
    numbered = _NUMBERED.match(text, at)
    if numbered and int(numbered[1]) in ACOEM_NUMBERED:
        title = MTUS_RE.match(text, numbered.end())
        return ACOEM_NUMBERED[int(numbered[1])][0], title.end() if title else numbered.end(1)
    found = MTUS_RE.match(text, at)
    if found and found.lastgroup:
        return MTUS[int(found.lastgroup[1:])][0], found.end()
    return "", 0


def acoem_pages(chapter: str) -> tuple[int, int] | None:
    """The ACOEM 2nd-edition pages an MTUS chapter spans, where the chapter is one of the book's."""
    spans = {name: pages for name, pages in ACOEM_NUMBERED.values() if name != "General Approaches"}
    return spans.get(chapter)


def odg_chapter(match: re.Match[str]) -> str:
    """The canonical ODG chapter of an `ODG_RE` match."""
    return ODG[int(match.lastgroup[1:])][0] if match.lastgroup else ""


def acoem_chapter(text: str) -> tuple[str, int, int]:
    """(chapter in title case, start, end) of the first "... Disorders" chapter in `text`, or ("", -1, -1)."""
    found = ACOEM_DISORDERS.search(text)
    if not found:
        return "", -1, -1
    words = found["name"].split()
    title = " ".join(w if w.lower() == "and" else w[:1].upper() + w[1:].lower() for w in words)
    return title, found.start("name"), found.end("name")
