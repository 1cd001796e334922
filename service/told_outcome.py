"""An outcome told as who the patient is: "the woman who got her naproxen approved - why?", "the man whose
lumbar MRI was denied - how old is he?". Of the letters a description fits, those whose request for the
thing told had the outcome told fit best (service.patients.letter_matches); the outcome is never a filter by
itself: when no letter has it so, every one stays (the told outcome is then a premise the answer corrects).
"""

from __future__ import annotations

import re

from indexer.treatments import find_treatments
from service.engine import Engine

_DENIED = r"denied|turned\s+down|rejected|refused|upheld|non-?certified|shot\s+down"
_APPROVED = r"approved|overturned|okayed|ok'?d|authori[sz]ed|certified|covered|granted"
_OUTCOME = rf"(?P<outcome>(?P<deny>{_DENIED})|{_APPROVED})\b"
# "the woman who got her naproxen approved", "the guy that had his MRI denied"
_WHO_GOT = re.compile(r"\b(?:who|that)\s+(?:got|had|has|have|gets)\s+(?:(?:his|her|their|my|the|a|an)\s+)?"
                      rf"(?P<thing>(?:[\w/-]+\s+){{0,5}}?[\w/-]+)\s+(?:finally\s+|eventually\s+)?{_OUTCOME}",
                      re.IGNORECASE)
# "the man whose lumbar MRI was denied", "the lady whose PT got approved"
_WHOSE = re.compile(r"\bwhose\s+(?P<thing>(?:[\w/-]+\s+){0,5}?[\w/-]+)\s+(?:got|gets|was|were|has\s+been|had\s+been|is)\s+"
                    rf"(?:\w+\s+)?{_OUTCOME}", re.IGNORECASE)


def told_outcome(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The decision a clause telling who the patient is gives, and the treatment sets of the thing it was
    given ("the woman who got her naproxen approved": ("Overturned", ("nsaid", "medication"))); None when
    no such clause names a treatment."""
    for m in [*_WHO_GOT.finditer(text), *_WHOSE.finditer(text)]:
        if found := find_treatments(m.group("thing")):
            return ("Upheld" if m.group("deny") else "Overturned"), tuple(dict.fromkeys(t for t, _w in found))
    return None


def having_told_outcome(engine: Engine, text: str, cases: list[str] | tuple[str, ...]) -> set[str]:
    """Of `cases`, the letters with a request for the thing an outcome told of the patient was given, decided
    so (told_outcome); every one of them when the question tells none, or none has it so."""
    told = told_outcome(text)
    if not told or not cases:
        return set(cases)
    decision, sets = told
    narrowest = sets[0]  # (find_treatments names the narrowest set first: "nsaid", then "medication")
    rows = engine.store.catalog.query(
        "SELECT DISTINCT i.case_number FROM items i JOIN item_treatments t ON t.item_id = i.id "
        f"WHERE t.treatment = ? AND i.decision = ? AND i.case_number IN ({','.join('?' * len(cases))})",
        [narrowest, decision, *cases])
    return {case for (case,) in rows} or set(cases)


__all__ = ["having_told_outcome", "told_outcome"]
