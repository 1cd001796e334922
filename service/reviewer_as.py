"""The reviewer of the letter answered before set against another patient's, asked as a follow-up ("was that the same
reviewer as the 54 yo woman's naproxen?"): letters name their reviewer by specialty and licensure only, so the answer
compares the two letters' specialties, said first, before the other letter's answer.

    same_reviewer_as("was that the same reviewer as the 54 yo woman's naproxen?") -> True
"""

from __future__ import annotations

import re

from indexer.model import Letter

# "same reviewer as ...", "the same doctor that did ...", "a different reviewer than ..."
_ASKED = re.compile(r"\b(?:same|different)\s+(?:IMR\s+)?(?:reviewer|doctor|physician|specialist|doc)\s+(?:as|than|that|who|from)\b"
                    # ... or "reviewed by the same doctor as ..."
                    r"|\breviewed\s+by\s+the\s+same\s+(?:\w+\s+)?as\b", re.IGNORECASE)


def same_reviewer_as(text: str) -> bool:
    """Whether `text` asks whether a reviewer was the same as (or different from) another one named after it."""
    return bool(_ASKED.search(text))


def _parts(letter: Letter) -> frozenset[str]:
    return frozenset(p.strip() for p in (letter.reviewer_specialty or "").split(",") if p.strip())


def compared(before: Letter, now: Letter, text: str) -> str:
    """The two letters' reviewers compared by specialty, yes or no first ("different ... than?" asks the other way
    round), '' when either letter states no specialty or they are one letter."""
    if before.case_number == now.case_number or not (_parts(before) and _parts(now)):
        return ""
    different = bool(re.search(r"\bdifferent\b", text, re.IGNORECASE))
    each = (f"the reviewer of case {before.case_number} is a specialist in {before.reviewer_specialty}; the reviewer of "
            f"case {now.case_number} is a specialist in {now.reviewer_specialty}.")
    if _parts(before) == _parts(now):
        return (f"{'Not by specialty' if different else 'Possibly'}: letters do not name their reviewers, and both are "
                f"specialists in {now.reviewer_specialty} (cases {before.case_number} and {now.case_number}).")
    if common := _parts(before) & _parts(now):
        return (f"{'Yes, likely' if different else 'Not likely'}: the specialties differ in part ({', '.join(sorted(common))} "
                f"in common): {each}")
    return f"{'Yes' if different else 'No'}: different specialties: {each}"
