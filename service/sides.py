"""A side the question gives a body part that the item answered does not have: "an MRI of her left
hip" answered by the letter's "MRI without contrast of the right hip". The patient's own words get a
side wrong now and then; the answer says which side the letter's request is for."""

from __future__ import annotations

import re

from indexer.taxonomy import find_regions

_SIDE = re.compile(r"\b(left|right|lt|rt|l|r)\b\.?\s+", re.IGNORECASE)
_REQUEST_SIDE = re.compile(r"\b(left|right)\b", re.IGNORECASE)
_NEAR = 30  # characters after the side word in which its body part is named


def told_sides(text: str) -> dict[str, set[str]]:
    """Body region -> the sides the question gives it ("left hip": {"hip": {"left"}}); a side word
    belongs to the first body part named right after it."""
    told: dict[str, set[str]] = {}
    for m in _SIDE.finditer(text):
        found = find_regions(text[m.end(): m.end() + _NEAR])
        if found:
            side = {"lt": "left", "l": "left", "rt": "right", "r": "right"}.get(m.group(1).lower(), m.group(1).lower())
            told.setdefault(found[0][0], set()).add(side)
    return told


def other_side(text: str, request: str, regions: tuple[str, ...]) -> str:
    """A sentence saying the letter's request is for the other side than the question gives its body
    part, or '' (the request names no side, or both, or the question agrees or names none)."""
    said = {m.group(1).lower() for m in _REQUEST_SIDE.finditer(request)}
    if len(said) != 1 or re.search(r"\bbilateral\b", request, re.IGNORECASE):
        return ""
    side = said.pop()
    told = told_sides(text)
    for region in regions:
        sides = told.get(region, set())
        if sides and side not in sides:
            place = region.replace("/", " or ")
            return f"The letter's request is for the {side} {place}, not the {' or '.join(sorted(sides))} {place} the question names."
    return ""
