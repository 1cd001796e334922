"""A second yes/no question joined to the first by "and ... too?": "why was the TENS denied and was the
pillow too?" asks whether the pillow was denied as well, and gets its own yes or no (service.flows.item),
said before the answers of the items it names."""

from __future__ import annotations

import re
from indexer.treatments import GROUPS, find_treatments
from service.outcomes import read_outcomes

# "... and was the pillow too?", "... and were her braces denied as well?"
_AND_TOO = re.compile(r"\band\s+(?:was|were|is|are)\s+(?P<what>(?:(?:the|his|her|their|my|a|an)\s+)?(?:[\w/'-]+\s+){0,5}?[\w/'-]+?)"
                      r"\s+(?:(?P<word>\w+(?:\s+\w+)?)\s+)?(?:too|also|as\s+well)\s*\?\s*$", re.IGNORECASE)
_SAID = {"Upheld": "denied (upheld)", "Overturned": "approved (overturned)"}


def asked_too(text: str) -> tuple[str, str] | None:
    """The treatment a last "and was X too?" names (its most specific set) and the outcome words it adds,
    if any: ("pillow", ""), or None."""
    m = _AND_TOO.search(text)
    if not m or not (found := [t for t, _w in find_treatments(m.group("what"))]):
        return None
    return next((t for t in found if t not in GROUPS), found[0]), m.group("word") or ""


def too_sentence(text: str, outcome: str | None, titled: list[tuple[str, str, int]]) -> str:
    """The yes or no of "and was X too?": `outcome` the decision the first question speaks of (its premise),
    unless the clause names its own; `titled`: each item X names (title, decision, its heading's mark).
    'Yes: "Wedge pillow" [6] and "Cervical pillow" [10] were denied (upheld) too.'; '' when unsure."""
    m = _AND_TOO.search(text)
    if not m or not titled:
        return ""
    if m.group("word") and (own := read_outcomes(m.group(0)).found):
        outcome = own[-1].decision
    if outcome not in _SAID:
        return ""
    if all(d == outcome for _t, d, _m in titled):
        listed = [f'"{title}" [{mark}]' for title, _d, mark in titled]
        both = listed[0] if len(listed) == 1 else f"{', '.join(listed[:-1])} and {listed[-1]}"
        return f"Yes: {both} {'was' if len(listed) == 1 else 'were'} {_SAID[outcome]} too."
    return "No: " + "; ".join(f'"{title}" was {_SAID[d]} [{mark}]' for title, d, mark in titled) + "."
