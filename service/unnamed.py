"""The treatments a question names that the one letter answered has no request for: "was his
hand MRI and his TENS approved?" of a letter with a hand MRI and no TENS unit. The item answer
explains the items the letter has, then says which of the others it lacks (round 7D: nat-620,
nat-630, nat-644), so that an answer about one of two never reads as an answer about both."""

from __future__ import annotations

import re

from indexer.treatments import GROUPS, find_treatments


def named_not_requested(words: tuple[str, ...], items) -> list[str]:
    """The words of `words` (a question's treatment words) whose treatment no item of `items`
    (service.gather.case_items rows: index, title, decision, treatments, regions) has, when the
    question names two or more and the letter has at least one of them; else []."""
    if len(words) < 2:
        return []
    missing, has_one = [], False
    for word in words:
        ids = {t for t, _w in find_treatments(word)}
        specific = (ids - GROUPS) or ids
        if not specific:
            continue
        if any(specific & set(row[3]) for row in items):
            has_one = True
        else:
            missing.append(word)
    return missing if has_one else []


def lacks_sentence(case: str, missing: list[str]) -> str:
    """'Case CM… has no request for TENS.' ('' for none)."""
    return f"Case {case} has no request for {' or '.join(missing)}." if missing else ""


# two things joined in one phrase: "his PRP shot and the acupuncture", "the neck CT and his knee MRI", "X or Y"
_JOINED = re.compile(r"^[^,;:.?!\u2013\u2014]{0,40}?\b(?:and|or|plus|as\s+well\s+as)\b[^,;:.?!\u2013\u2014]{0,40}$|^\s*(?:&|\+)\s*\S",
                     re.IGNORECASE)


def asked_together(text: str, words: tuple[str, ...], missing: list[str]) -> bool:
    """Whether `text` joins a word of `missing` with another of `words` in one phrase ("the 47 yo guy's PRP shot
    and the acupuncture - both denied?"), so that a yes/no asks of both; not when the other is told apart
    ("facet inj non-cert'd, provider also pushing an ESI. IMR upheld?")."""
    low = text.lower()
    places = {w: [m.start() for m in re.finditer(rf"(?<!\w){re.escape(w.lower())}(?!\w)", low)] for w in words}
    for gone in missing:
        for other in (w for w in words if w not in missing):
            for a in places.get(gone, []):
                for b in places.get(other, []):
                    first, second = (a, b) if a < b else (b, a)
                    size = len(gone) if first == a else len(other)
                    if _JOINED.search(text[first + size: second]):
                        return True
    return False
