"""Facets of a question read beside its treatments: the side, the category, the guideline source,
the order of the treatment sets, and the names of treatments called by other words."""

from __future__ import annotations

import os
import re
from typing import Literal

from indexer.taxonomy import find_category, find_regions
from indexer.vocabulary import expand_terms

_GUIDELINES = (
    ("ODG", re.compile(r"\bODG\b|official\s+disability\s+guidelines?", re.IGNORECASE)),
    ("MTUS", re.compile(r"\bMTUS\b|medical\s+treatment\s+utilization\s+schedule|chronic\s+pain\s+(?:medical\s+)?"
                        r"treatment\s+guidelines?", re.IGNORECASE)),
    ("ACOEM", re.compile(r"\bACOEM\b", re.IGNORECASE)),
)  # fmt: skip
# "both" of two people or things is no side: "my mom and my aunt both had shoulder MRIs denied",
# "both of them got knee braces"; nor "both ... and ...", two things: "were both knee MRI and the nerve
# test approved?", "both the TENS and the brace" (both knees and hips are still two sides)
_SIDE = re.compile(r"\b(left|right|bilateral(?:ly)?|both(?!\s+(?:of|had|have|has|got|get|were|are|was|did|do|"
                   r"received|needed|need|went|asked|filed|wanted|want|the|his|her|their|my)\b)"
                   r"(?!\s+(?:(?![a-z]+s\b)[\w/-]+\s+){1,3}(?:and|&)\s)|lt|rt)\b", re.IGNORECASE)


def _names(text: str, treatments: list[tuple[str, str]], requested: frozenset[str] = frozenset()) -> str:
    """The name of each treatment `text` calls by other words ("ice machine": "Cold/heat therapy
    units", "rehab": "Physical therapy"), for search to meet the words the letters use; not for
    words the indexed requests use themselves ("cryotherapy")."""
    from indexer.terms import unexpanded_tokens
    from indexer.treatments import BY_ID, GROUPS, members

    have = set(unexpanded_tokens(expand_terms(text)))
    drugs = members("medication")  # named by drug names, which expand_terms adds; a class name is no request's
    names = []
    for t, words in treatments:
        name = re.sub(r"\s*\(.*?\)", "", BY_ID[t].label)
        said, own = set(unexpanded_tokens(expand_terms(words))), set(unexpanded_tokens(name))
        # a lay name shares no word with the treatment's own ("back belt": "Braces, splints and
        # supports"); "chiro" and "initial exam" are no lay names of "Chiropractic and manipulation"
        # and "Office visits and follow-up examinations"
        if requested and set(re.findall(r"[a-z]{5,}", words.lower())) <= requested:
            continue
        if t not in GROUPS and t not in drugs and not any(_kin(a, b) for a in said for b in own) \
                and not own <= have:
            names.append(name)
    return " ".join(dict.fromkeys(names))


def _kin(a: str, b: str) -> bool:
    """Two words of one stem: "mri" and "mris", "chiro" and "chiropractic", "chiropractor" and
    "chiropractic"."""
    return (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))) or len(os.path.commonprefix((a, b))) >= 5


def _most_specific(ids: tuple[str, ...]) -> tuple[str, ...]:
    """Set ids with a group (imaging, opioid, injection, ...) after the members named with it."""
    from indexer.treatments import SETS

    groups = {s.id for s in SETS if s.includes}
    return tuple(i for i in ids if i not in groups) + tuple(i for i in ids if i in groups)


def _category(text: str) -> tuple[str, str] | None:
    """The treatment asked about; a consult word ("examination findings") yields to a named treatment."""
    found = find_category(text)
    if found and found[0] == "evaluation/consult":
        other = find_category(text.replace(found[1], " " * len(found[1])))
        if other and other[0] != "evaluation/consult":
            return other
    return found


def _side(text: str, notes: list[str]) -> Literal["left", "right", "bilateral"] | None:
    sides: dict[str, str] = {}
    for m in _SIDE.finditer(text):
        if find_regions(text[m.end() : m.end() + 40]):
            word = m.group(1).lower()
            side = {"lt": "left", "rt": "right"}.get(word, word if word in ("left", "right") else "bilateral")
            sides.setdefault(side, m.group(0))
    if not sides:
        return None
    side = next(iter(sides)) if len(sides) == 1 else "bilateral"
    notes.append(f"side: {side} (from '{' and '.join(sides.values())}')")
    return side  # type: ignore[return-value]
