"""Outcomes claimed tersely, one per thing named: "the neck PT ok but back PT no?", "neck PT approved but
back PT not?", "the PRP yes, the acupuncture no?".

A clause that names a treatment and ends in a bare yes-word ("ok", "okay", "yes", "fine", "good") or
no-word ("no", "not", "nope"), before a comma, "but", "and", a dash or the question mark, claims that
outcome of its thing. Read only when the question claims two things so (with its outcome words,
service.outcomes, at the end of their clauses): one bare "no?" after a yes/no question is an answer typed
in, not a claim ("was it denied, no?"), and "approved or not?" asks (no "or" before the word).
service.yes_no.claimed and service.premises place each claim on the item its clause names, as they place
"the acupuncture was approved and the MRI denied".
"""

from __future__ import annotations

import re

from indexer.treatments import find_treatments
from service.outcomes import DECIDED, Decision

# a bare outcome word that ends its clause (the thing it is said of before it, in the clause)
_TERSE = re.compile(r"(?<![\w'’])(?:(?P<yes>ok(?:ay)?|OK'?d|yes|yep|yeah|fine|good)|(?P<no>no|not|nope|nah))"
                    r"(?=\s*(?:[,;?!]|\s[-\u2013\u2014]|\s(?:but|and|while|whereas|yet)\b|$))", re.IGNORECASE)
# ... or an outcome word of the letter's own ("approved", "denied"), at its clause's end too
_DECIDED_END = re.compile(rf"\b{DECIDED}(?=\s*(?:[,;?!]|\s[-\u2013\u2014]|\s(?:but|and|while|whereas|yet)\b|$))",
                          re.IGNORECASE)
# where a clause begins: a comma, "but", "and", a dash, a colon, a sentence's end
_CLAUSE_START = re.compile(r"[,;:.?!]|\s[-\u2013\u2014]+\s|\b(?:but|and|while|whereas|yet)\b", re.IGNORECASE)
# words before it that make it no claim: "approved or not?", "yes or no", "is that right or not"
_OR_BEFORE = re.compile(r"\bor\s*$", re.IGNORECASE)


def _clause_before(text: str, at: int) -> str:
    """The words of the clause that ends at `at`."""
    begin = max((m.end() for m in _CLAUSE_START.finditer(text, 0, at)), default=0)
    return text[begin:at]


def terse_claims(text: str) -> list[tuple[int, Decision]]:
    """Where each bare yes- or no-word stands that claims the outcome of the thing its clause names, and the
    decision it claims; [] unless the question claims two things at the ends of their clauses, one at least
    tersely, and asks (its last sentence ends in "?")."""
    if not text.rstrip().endswith("?"):
        return []
    terse = [(m.start(), "Overturned" if m.group("yes") else "Upheld") for m in _TERSE.finditer(text)
             if not _OR_BEFORE.search(text[: m.start()]) and find_treatments(_clause_before(text, m.start()))]
    if not terse:
        return []
    said = [m.start() for m in _DECIDED_END.finditer(text) if find_treatments(_clause_before(text, m.start()))]
    if len(terse) + len(said) < 2:
        return []
    return terse


__all__ = ["terse_claims"]
