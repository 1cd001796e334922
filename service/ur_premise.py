"""A claim that utilization review approved the request IMR decided: "since UR approved her naproxen, why did it
go to IMR?". IMR reviews only what UR denied or modified; a request that is no remainder of a partial
authorisation ("... was the original request. ... was authorized by the Claims Administrator") was denied by UR
in full. The answer says so first, then what IMR decided.

    Utilization review had not approved "Naproxen 500mg #60": UR denied it, which is why it went to IMR [2].
"""

from __future__ import annotations

import re

from service.outcomes import read_outcomes
from service.partly import MODIFIED
from service.ur_part import asks_how_many, asks_ur_part

_UR = re.compile(r"\b(?:UR|utili[sz]ation\s+review|adjuster|carrier|insurer)\b", re.IGNORECASE)
_DENIAL = re.compile(r"\bden(?:ial|ied|y)", re.IGNORECASE)


def ur_approval_claimed(text: str) -> bool:
    """Whether `text` says (or asks whether) utilization review approved the request ("UR approved her naproxen",
    "UR ok'd it right?"), not that it denied it."""
    # (an approval said of UR by name: not "IMR didn't uphold the denial", the denial UR's, the approval IMR's)
    return bool(_UR.search(text)) and any(o.role == "ur" and o.decision == "Overturned" and not _DENIAL.search(o.words)
                                          for o in read_outcomes(text).found)


def ur_denied_sentence(text: str, request: str, title: str, mark: int) -> str:
    """The correction of a claim that UR approved a request it denied in full ('' when none is claimed, or UR
    authorised part of it: the rest is what IMR decided)."""
    asked = asks_ur_part(text)  # "did UR give her any of it?": asked yes or no, the no first
    if not (asked or ur_approval_claimed(text)) or MODIFIED.search(request):
        return ""
    # ("how many sessions did UR approve?": a count, none, never a "No")
    lead = ("None: u" if asks_how_many(text) else "No: u") if asked else "U"
    return f'{lead}tilization review had not approved "{title}": UR denied it, which is why it went to IMR [{mark}].'


__all__ = ["ur_approval_claimed", "ur_denied_sentence"]
