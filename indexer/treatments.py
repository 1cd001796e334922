"""Treatments, matched by curated synonym sets with exclusions: the one place that says what counts
as "physical therapy", "a nerve study" or "an opioid" (for counting, filtering and questions).

Each `TreatmentSet` has an id, a label, its synonyms (regular expressions over words,
abbreviations and brand/generic names, matched case-insensitively as whole words; a synonym
wrapped in `(?-i:...)` must match in capitals, as "TENS" must so that "tens of" is not a device)
and its exclusions: phrases that are NOT this treatment, masked out before the synonyms are tried
("PT/PTT" and "PT/INR", prothrombin-time labs, are masked for physical therapy, so "PT 2x4 and a
PT/PTT" is still physical therapy but "pre-op labs: PT/PTT" is not). A set may include others
(`includes`): "imaging" is any of MRI, CT, x-ray, diagnostic ultrasound, plus its own words;
"nerve_study" is EMG or NCS/NCV or "electrodiagnostic"; "opioid" is any opioid drug. Drug sets are
built from indexer.drug_names's drug table (generic and brand names), never copied: one set per drug
for opioids and muscle relaxants, one per class for the rest. A drug class marked `oral` does not
match inside a topical preparation ("Flurbiprofen 10%/Lidocaine 5% cream" is a topical, not an
NSAID), as indexer.taxonomy decides categories.

The sets are written in four tables by kind (indexer.treatments_tests_therapies,
.treatments_procedures, .treatments_equipment, .treatments_drugs; their type is
indexer.treatment_set's); `SETS` joins them in that order. This module reads them:

    match_treatments(request) -> ("mri", "imaging", "tests")   ids, in the order of SETS
    find_treatments(text) -> [("mri", "MRI"), ...]        ids with the words that matched, in text order
"""

from __future__ import annotations

import re

from indexer.taxonomy import ORAL, TOPICAL_FORM
from indexer.treatment_set import TreatmentSet
from indexer.treatments_drugs import MEDICATIONS
from indexer.treatments_equipment import EQUIPMENT_AND_SERVICES
from indexer.treatments_procedures import PROCEDURES
from indexer.treatments_tests_therapies import TESTS_AND_THERAPIES

# members come before the sets that include them
SETS: tuple[TreatmentSet, ...] = (*TESTS_AND_THERAPIES, *PROCEDURES, *EQUIPMENT_AND_SERVICES, *MEDICATIONS)

BY_ID: dict[str, TreatmentSet] = {s.id: s for s in SETS}
GROUPS: frozenset[str] = frozenset(s.id for s in SETS if s.includes)
# A set's label in running text: "physical therapy", but "MRI", "TENS unit", "EMG (electromyography)".
LABELS: dict[str, str] = {s.id: (s.label[0].lower() + s.label[1:] if s.label[1:2].islower() else s.label) for s in SETS}


def members(group: str) -> set[str]:
    """Every set a group includes, directly or through another group."""
    out: set[str] = set()
    todo = [group]
    while todo:
        for member in BY_ID[todo.pop()].includes:
            if member not in out:
                out.add(member)
                todo.append(member)
    return out


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    # A whole word; "EMG-NCV" names two, but "non-surgical" and "extended-release" name none.
    return re.compile(rf"(?<!\w)(?-i:(?<![a-z]-))(?:{'|'.join(patterns)})(?!\w)", re.IGNORECASE)


_SYNONYMS = {s.id: _compile(s.synonyms) for s in SETS}
_EXCLUSIONS = {s.id: _compile(s.exclusions) for s in SETS}


# Where one phrase of a question ends and the next begins: "the ibuprofen and the lidocaine cream"
# names a pill and a cream; a request's own title ("Flurbiprofen 10%/Lidocaine 5% cream") is one.
_PHRASE_BREAK = re.compile(r"[?;!]|\s[-\u2013\u2014]\s|,\s+(?=(?:and\s+|or\s+|but\s+)?(?:the|his|her|their|my|a|an)\b)"
                           r"|\s(?:and|or|but|plus|not)\s+(?=(?:also\s+|just\s+|only\s+|even\s+)?(?:the|his|her|their|my|a|an|some)\b)",
                           re.IGNORECASE)


# a list of single words, each a phrase of its own: "the diclofenac, flexeril and lidocaine ointment" names a pill,
# a pill and an ointment (a compound's title joins its drugs by "/" beside their strengths: "Flurbiprofen 10%/...")
_WORD_LIST = re.compile(r"(?<![\w%/.-])[a-z][\w-]*(?:,\s+[a-z][\w-]*)+,?\s+(?:and|or|&)\s+", re.IGNORECASE)
_LIST_CUT = re.compile(r",\s+|\s(?:and|or|&)\s+$", re.IGNORECASE)


def _list_cuts(text: str, breaks: list[int]) -> list[int]:
    """Where each word of a list of single words ends: after its comma, and after the "and" before the last;
    none in a list after a form word of its phrase ("the cream with ketoprofen, lidocaine and gabapentin" is one)."""
    return [m.start() + c.end() for m in _WORD_LIST.finditer(text)
            if not TOPICAL_FORM.search(text[max((b for b in breaks if b <= m.start()), default=0): m.start()])
            for c in _LIST_CUT.finditer(m.group(0))]


def _topical_phrases(text: str) -> str:
    """`text` with each phrase that is a topical preparation blanked (a form word such as "cream",
    "patch" or "20%", and no oral one), where an oral drug class does not match."""
    out, start = [], 0
    breaks = [m.end() for m in _PHRASE_BREAK.finditer(text)]
    for cut in [*sorted({*breaks, *_list_cuts(text, breaks)}), len(text)]:
        phrase = text[start:cut]
        topical = TOPICAL_FORM.search(phrase) and not ORAL.search(phrase)
        out.append(" " * len(phrase) if topical else phrase)
        start = cut
    return "".join(out)


def find_treatments(text: str, request: bool = False) -> list[tuple[str, str]]:
    """(set id, the words that matched) for every set `text` names, in order of the first match; a group
    marked `own_words_in_text` by its members too only in a `request`'s title ("MRI of the knee" is a test,
    "her MRI" names no group of tests)."""
    text = " ".join(text.split())
    topical = _topical_phrases(text)
    found: dict[str, tuple[int, str]] = {}
    for s in SETS:  # members come before the sets that include them
        masked = topical if s.oral else text
        if exclusion := _EXCLUSIONS[s.id]:
            masked = exclusion.sub(lambda m: " " * len(m.group(0)), masked)
        hits = [(m.start(), m.group(0)) for m in _SYNONYMS[s.id].finditer(masked)] if _SYNONYMS[s.id] else []
        # ... and a member found inside a topical phrase is no pill of an oral class
        hits += [found[member] for member in s.includes if member in found and (request or not s.own_words_in_text)
                 and not (s.oral and topical[found[member][0]] == " ")]
        if hits:
            found[s.id] = min(hits)
    order = {s.id: n for n, s in enumerate(SETS)}
    return [(sid, words) for sid, (_, words) in sorted(found.items(), key=lambda kv: (kv[1][0], order[kv[0]]))]


def match_treatments(request: str) -> tuple[str, ...]:
    """The ids of the sets a disputed item's request matches, in the order of SETS."""
    found = {sid for sid, _ in find_treatments(request, request=True)}
    return tuple(s.id for s in SETS if s.id in found)


def own_words(text: str, set_id: str) -> list[tuple[int, str]]:
    """(where, the words) of each match of the set's own words in `text`, not its members' ("meds" of
    "medication", not "celebrex"), its exclusions left out."""
    text = " ".join(text.split())
    if exclusion := _EXCLUSIONS[set_id]:
        text = exclusion.sub(lambda m: " " * len(m.group(0)), text)
    pattern = _SYNONYMS[set_id]
    return [(m.start(), m.group(0)) for m in pattern.finditer(text)] if pattern else []
