"""A claim that utilization review approved the request IMR decided: "since UR approved her naproxen, why did it
go to IMR?". IMR reviews only what UR denied or modified; a request that is no remainder of a partial
authorisation ("... was the original request. ... was authorized by the Claims Administrator") was denied by UR
in full. The answer says so first, then what IMR decided.

    Utilization review did not approve "Naproxen 500mg #60": UR denied it, and IMR reviewed that denial [2].
"""

from __future__ import annotations

from service.outcomes import read_outcomes
from service.partly import MODIFIED


def ur_approval_claimed(text: str) -> bool:
    """Whether `text` says (or asks whether) utilization review approved the request ("UR approved her naproxen",
    "UR ok'd it right?"), not that it denied it."""
    return any(o.role == "ur" and o.decision == "Overturned" for o in read_outcomes(text).found)


def ur_denied_sentence(text: str, request: str, title: str, mark: int) -> str:
    """The correction of a claim that UR approved a request it denied in full ('' when none is claimed, or UR
    authorised part of it: the rest is what IMR decided)."""
    if not ur_approval_claimed(text) or MODIFIED.search(request):
        return ""
    return f'Utilization review did not approve "{title}": UR denied it, and IMR reviewed that denial [{mark}].'


__all__ = ["ur_approval_claimed", "ur_denied_sentence"]
