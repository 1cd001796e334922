"""Whether a question is about requests utilization review partly authorised, whose remainder IMR
decided ("when UR okays the first 6 visits and the rest goes to IMR", "the remaining portion",
"partly certified"): a list or pattern over such requests is scoped to them (service.plan), as the
collection's `modified` filter is (service.collection.lexicon)."""

from __future__ import annotations

import re

from service.collection.lexicon import _MODIFIED

_UR = r"(?:UR|utilization\s+review|the\s+(?:claims\s+)?adjuster|the\s+carrier|claims|the\s+claims\s+administrator)"
_REST = re.compile(
    # "the rest goes to IMR", "the balance went to IMR", "what was left went to IMR"
    r"\b(?:the\s+)?(?:rest|balance|leftover|remaining\s+\w+|what\s+(?:was|is)\s+left)\s+(?:\w+\s+)?(?:goes|go|went|gone|is\s+sent|was\s+sent|sent|"
    r"comes?|came|ends?\s+up|ended\s+up)\s+(?:up\s+)?(?:to|at|before)\s+IMR\b"
    # "UR okays/approves part", "UR gave 6 of the 12", "UR certified the first fill"
    rf"|\b{_UR}\s+(?:\w+\s+)?(?:ok(?:ay)?s|okayed|approves?|approved|authori[sz]es|authori[sz]ed|certifies|certified|gave|gives|"
    r"allows?|allowed)\s+(?:only\s+)?(?:part|some|the\s+first|\d+\s+of)\b",
    re.IGNORECASE,
)

# the heading of a request UR partly authorised: "... was the original request. ... was authorized by
# the Claims Administrator. The remaining IMR eligible portion ..."
MODIFIED = re.compile(r"\boriginal\s+request\b|\bremaining\s+IMR\s+eligible\s+portion\b", re.IGNORECASE)
WHOLE = "Utilization review authorised no part of this request: IMR decided the whole of it."


# "working modified duty": the patient's work, no request modified
_NOT_A_REQUEST = re.compile(r"\bmodified\s+(?:duty|duties|work|activit\w*|job|schedule|hours|diet|position|stance|gait|"
                            r"program)\b", re.IGNORECASE)


def partly_authorised(text: str) -> bool:
    """Whether `text` speaks of requests UR partly authorised, the rest decided by IMR."""
    text = _NOT_A_REQUEST.sub(" ", text)
    return bool(_MODIFIED.search(text) or _REST.search(text))
