"""The treatments a question names that the one letter answered has no request for: "was his
hand MRI and his TENS approved?" of a letter with a hand MRI and no TENS unit. The item answer
explains the items the letter has, then says which of the others it lacks (round 7D: nat-620,
nat-630, nat-644), so that an answer about one of two never reads as an answer about both."""

from __future__ import annotations

import re

from indexer.taxonomy import find_regions
from indexer.treatments import GROUPS, find_treatments
from service.part_told import parts_told


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
        # ... or a request's title says the word itself: "chiro physio" of "Chiropractic physiotherapy treatment" (filed as
        # chiropractic)
        if any(specific & set(row[3]) or re.search(rf"(?<![\w-]){re.escape(word)}", row[1], re.IGNORECASE) for row in items):
            has_one = True
        else:
            missing.append(word)
    # (a word inside another that is requested names no other thing: "checkup" of "checkup before" his surgery, the
    # pre-operative clearance)
    requested = [w for w in words if w not in missing]
    missing = [w for w in missing if not any(w != r and w.lower() in r.lower() for r in requested)]
    return missing if has_one else []


def parts_not_requested(text: str, words: tuple[str, ...], items) -> list[str]:
    """The treatments of two or more a question names, each with the body part told right at it ("the acupuncture and
    the MRI of his foot": the MRI, of the foot), that no item of that treatment in `items` (service.gather.case_items
    rows) is for, when the letter has one of the others: ["MRI of the foot"]; else []."""
    if len(words) < 2:
        return []
    told = parts_told(text)
    missing, has_one = [], False
    for word in words:
        ids = {t for t, _w in find_treatments(word)}
        specific = (ids - GROUPS) or ids
        of_kind = [row for row in items if specific & set(row[3])]
        parts = set().union(*(told[t] for t in specific if t in told)) if any(t in told for t in specific) else set()
        if of_kind and not parts:
            has_one = True
        elif of_kind and parts and not any(parts & set(row[4]) for row in of_kind):
            said = [w for r, w in find_regions(text) if r in parts]
            missing.append(f"{word} of the {' and '.join(dict.fromkeys(said))}" if said else word)
        elif of_kind:
            has_one = True
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


# two body parts joined in one phrase: "the MRI of his low back and his shoulder", "elbow or shoulder"
_REGIONS_JOINED = re.compile(r"^[\s,]*(?:and|or|&|\+)\s+(?:(?:his|her|the|my|their|of|an?)\s+){0,2}$", re.IGNORECASE)


_NEXT_TO = re.compile(r"^\s*(?:(?:of|for|on|to|the|his|her|my|their|an?|both|spine)\s+)*$", re.IGNORECASE)


def regions_not_requested(text: str, words: tuple[str, ...], regions: tuple[str, ...], region_words: tuple[str, ...],
                          items) -> list[str]:
    """The body parts a question joins for its one treatment ("the MRI of his low back and his shoulder?") that no
    item of that treatment in `items` (service.gather.case_items rows) is for, when another joined one is: ["MRI of
    the shoulder"], or says each with the treatment ("a knee brace or a back brace?": ["knee brace"]); else [].
    Parts told apart ("she hurt her hip and shoulder, was the hip MRI approved") are not
    joined to the treatment asked and ask nothing."""
    if len(words) != 1 or len(regions) < 2:
        return []
    ids = {t for t, _w in find_treatments(words[0])}
    ids = (ids - GROUPS) or ids
    of_kind = [row for row in items if ids & set(row[3])]
    if not ids or not of_kind:
        return []
    low = text.lower()
    at = [low.find(w.lower()) for w in region_words]
    if any(a < 0 for a in at):
        return []
    # ... or each part said with the treatment's word, the phrases joined: "a knee brace or a back brace"
    each = [re.compile(rf"^\s+{re.escape(words[0])}\w*\s*,?\s*(?:and|or|&|\+)\s+(?:(?:his|her|the|my|their|an?)\s+){{0,2}}$",
                       re.IGNORECASE).match(text[a + len(w): b]) for (a, w), b in zip(zip(at, region_words), at[1:])]
    said_each = all(each) and bool(re.match(rf"\s+{re.escape(words[0])}", text[at[-1] + len(region_words[-1]):], re.IGNORECASE))
    if not said_each:
        if not all(_REGIONS_JOINED.match(text[a + len(w): b]) for (a, w), b in zip(zip(at, region_words), at[1:])):
            return []
        told = low.find(words[0].lower())  # the treatment next to the parts: "the MRI of his low back and ...", "neck and back PT"
        last = at[-1] + len(region_words[-1])
        gaps = [text[told + len(words[0]): at[0]] if told + len(words[0]) <= at[0] else None,
                text[last: told] if last <= told else None]
        if told < 0 or not any(g is not None and _NEXT_TO.match(g) for g in gaps):
            return []
    covered = {r for row in of_kind for r in row[4]}
    missing = [w for r, w in zip(regions, region_words) if r not in covered]
    said = [f"{w} {words[0]}" if said_each else f"{words[0]} of the {w}" for w in missing]
    return said if len(missing) < len(regions) else []
