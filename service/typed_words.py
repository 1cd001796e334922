"""Question words as users mistype them, read as meant: "wat guideline", "same reasn?", "why was it denyed?".

Treatment words are corrected against the indexed letters (service.spelling); the few words that frame a
question (what, which, why, reason, guideline, denied, approved, because, same) are not treatment words, so a
follow-up typed fast ("wat guideline") lost its question. Each spelling here is only ever a typo of its word.
"""

from __future__ import annotations

import re

_TYPOS: dict[str, str] = {
    "wat": "what", "wht": "what", "whta": "what", "waht": "what", "wich": "which", "whih": "which", "wy": "why",
    "whyy": "why", "reasn": "reason", "reson": "reason", "raeson": "reason", "resaon": "reason", "reasom": "reason",
    "reasns": "reasons", "resons": "reasons", "guidline": "guideline", "gudeline": "guideline", "guidline's": "guideline's",
    "guidlines": "guidelines", "gudelines": "guidelines", "denyed": "denied", "deneid": "denied", "dened": "denied",
    "aproved": "approved", "approoved": "approved", "aprroved": "approved", "becuase": "because", "becasue": "because",
    "becuz": "because", "sme": "same", "smae": "same",
}
_WORD = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(map(re.escape, _TYPOS), key=len, reverse=True)) + r")(?![\w’-])",
                   re.IGNORECASE)


def retyped(text: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with its mistyped question words as meant, and the (typed, read) pairs."""
    pairs: list[tuple[str, str]] = []

    def put(m: re.Match[str]) -> str:
        meant = _TYPOS[m.group(1).lower()]
        pairs.append((m.group(1), meant))
        return meant

    return _WORD.sub(put, text), pairs
