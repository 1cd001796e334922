"""Short item titles: the treatment requested, without the modified-request sentences.

A modified request's heading tells the story of the request: "Norco 10/325mg #90 was the original
request. Norco 10/325mg #60 was authorized by the Claims Administrator. The remaining IMR eligible
portion of the original request, Norco 10/325mg #30, is". IMR decides only the remaining portion,
so the title keeps that part, verbatim ("Norco 10/325mg #30"); where the heading names none ("...,
leaving the original request IMR eligible. The original request, X is") the title is X, and
otherwise the part before "was the original request". Every other heading ("Associated surgical
service: Cold therapy unit", "PT 2X4 FOR THE L/S") is its own title. A title over `MAX_CHARS` is
cut at its last comma that fits (or its last word), with an ellipsis; the full heading stays on
the item.
"""

from __future__ import annotations

import re

MAX_CHARS = 120
_REMAINING = re.compile(
    r"\bThe\s+remaining\s+(?:IMR\s+eligible\s+)?portion\s+of\s+the\s+original\s+request\s*,?\s*"
    r"(?:is\s*:?\s*)?(?P<part>.+)$",
    re.IGNORECASE,
)
_ORIGINAL_IS = re.compile(r"\bThe\s+original\s+request\s*,\s*(?P<part>.+)$", re.IGNORECASE)
_ORIGINAL = re.compile(r"^(?P<part>.+?)\s+was\s+the\s+original\s+request\b", re.IGNORECASE)
_TAIL = re.compile(r"[\s,:;.]*(?:\bis)?[\s,:;.]*$", re.IGNORECASE)


def short_title(request: str) -> str:
    """The treatment an item asks for, short (see the module docstring for which part is kept)."""
    text = " ".join(request.split())
    if re.search(r"\bwas\s+the\s+original\s+request\b", text, re.IGNORECASE):
        for pattern in (_REMAINING, _ORIGINAL_IS, _ORIGINAL):
            if (found := pattern.search(text)) and (part := _TAIL.sub("", found["part"])):
                text = part
                break
    if len(text) <= MAX_CHARS:
        return text
    head = text[:MAX_CHARS]
    clause = max(head.rfind(", "), head.rfind("; "))
    cut = head[:clause] if clause >= MAX_CHARS // 2 else head.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "\u2026"


_AUTHORISED = re.compile(r"original\s+request\.\s*(?P<auth>.+?)\s+was\s+authori[sz]ed\s+by\s+the\s+Claims\s+Administrator"
                         r"|The\s+Claims\s+Administrator\s+authori[sz]ed\s+(?P<auth2>.+?),\s*leaving", re.IGNORECASE)


def modification(request: str) -> tuple[str, str] | None:
    """(the original request, the part the claims administrator authorised) of a modified
    request's heading, verbatim but for whitespace; None for any other heading."""
    text = " ".join(request.split())
    original = _ORIGINAL.search(text)
    authorised = _AUTHORISED.search(text)
    if not (original and authorised):
        return None
    return original["part"], (authorised["auth"] or authorised["auth2"]).rstrip(" .,")

