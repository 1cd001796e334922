"""A question that describes two of the asker's people and asks about one of them: "my mom (62,
shoulder tendinitis from repetitive work) and my aunt (54, fell and gets dizzy) both had shoulder
MRIs turned down - why was my mom's?" is about the mom; the aunt's description is no part of the
patient asked about (service.understand reads the question without it)."""

from __future__ import annotations

import re

_WHO = (r"mom|mother|dad|father|husband|wife|son|daughter|brother|sister|uncle|aunt|cousin|friend|coworker|"
        r"co-worker|neighbou?r|boss|grandma|grandmother|grandpa|grandfather|client|patient")
# a person told by who they are to the asker, described in brackets: "my aunt (54, fell and gets dizzy)"
_DESCRIBED = re.compile(rf"\b(?:my|our)\s+({_WHO})\s*\([^()]*\)", re.IGNORECASE)
_NAMED = re.compile(rf"\b(?:my|our|his|her|their)\s+({_WHO})(?:'s|’s)?\b", re.IGNORECASE)


def the_one_asked(text: str) -> str:
    """`text` with the descriptions of the people it does not ask about blanked (spaces, so the
    offsets stay), when it describes two or more people and what follows names exactly one of them;
    else `text` unchanged."""
    described = list(_DESCRIBED.finditer(text))
    who = {m.group(1).lower() for m in described}
    if len(described) < 2 or len(who) < 2:
        return text
    named = {m.group(1).lower() for m in _NAMED.finditer(text, described[-1].end())} & who
    if len(named) != 1:
        return text
    out = text
    for m in described:
        if m.group(1).lower() not in named:
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


# "did the reviewer give reasons for the wedge pillow or just copy the neck pillow ones?": what the
# reasons may have been copied from is the comparison, not the item asked about
_COPIED = re.compile(r"\s+or\s+(?:did\s+(?:he|she|they|the\s+reviewer)\s+)?(?:just\s+|simply\s+|only\s+)?"
                     r"(?:cop(?:y|ied)|paste[d]?|reuse[d]?|repeat(?:ed)?|recycle[d]?)\b[^?.;!]*", re.IGNORECASE)


def without_copied(text: str) -> str:
    """`text` with an "or just copy the other item's reasons" clause blanked (spaces)."""
    return _COPIED.sub(lambda m: " " * len(m.group(0)), text)


__all__ = ["the_one_asked", "without_copied"]
