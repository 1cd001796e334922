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


_OTHER = re.compile(r"\b(?:the|her|his|my|their)\s+other\s+", re.IGNORECASE)
_OPPOSITE = {"left": "right", "right": "left"}


def other_side_asked(text: str, request: str, regions: tuple[str, ...]) -> str:
    """The body part asked of the other side than the letter's request, when the question tells the request's side
    too: "her right hip MRI wasn't approved - was the left hip approved?", "his knee MRI was denied - what about
    the other knee?" ("the left hip"); '' otherwise (no side asked apart from the request's, or the request
    names no side or both)."""
    said = {m.group(1).lower() for m in _REQUEST_SIDE.finditer(request)}
    if len(said) != 1 or re.search(r"\bbilateral\b", request, re.IGNORECASE):
        return ""
    side = said.pop()
    for region in regions:
        place = region.replace("/", " or ")
        # "the other knee": the side opposite the request's, asked after the body part was named
        for m in _OTHER.finditer(text):
            found = find_regions(text[m.end(): m.end() + _NEAR])
            if found and found[0][0] == region and find_regions(text[: m.start()]):
                return f"the {_OPPOSITE[side]} {place}"
        told = [({"lt": "left", "l": "left", "rt": "right", "r": "right"}.get(m.group(1).lower(), m.group(1).lower()))
                for m in _SIDE.finditer(text)
                if (found := find_regions(text[m.end(): m.end() + _NEAR])) and found[0][0] == region]
        # both sides told, the request's first: the last is the one asked
        if side in told and told[-1] != side and told.index(side) < len(told) - 1:
            return f"the {told[-1]} {place}"
    return ""


def other_unsided(text: str, regions: tuple[str, ...]) -> bool:
    """Whether `text` asks of "the other" body part of `regions` with no side told for it: "his knee MRI wasn't
    approved - was the other knee approved?" says neither which knee was denied nor which is the other."""
    told = told_sides(text)
    for m in _OTHER.finditer(text):
        found = find_regions(text[m.end(): m.end() + _NEAR])
        if found and found[0][0] in regions and not told.get(found[0][0]) and find_regions(text[: m.start()]):
            return True
    return False
