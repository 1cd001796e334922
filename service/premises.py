"""The decision a question presumes of each item it names, when it presumes both.

"Why was the acupuncture approved but the MRI denied?" presumes the acupuncture approved and the
MRI denied: each outcome word goes with the treatment of its own clause ("why didn't IMR approve
her chiro but approved her MRI?"), else with the treatment named just before it (else just after).
One premise for every item would tell the user they were wrong about the MRI.
"""

from __future__ import annotations

import re

from indexer.taxonomy import find_regions
from indexer.treatments import find_treatments
from service.asking import asking_span
from service.head_named import named_again
from service.lay_group import with_modality_ultrasound
from service.levels import levels_said
from service.story import opening_end
from service.outcomes import OTHER, Decision, read_outcomes
from service.terse import terse_claims


# where one clause ends and the next, with its own outcome, begins ("why was the MRI denied if the
# acupuncture went through?": the condition's outcome is the acupuncture's)
_CLAUSE_BREAK = re.compile(r"\b(?:but|while|whereas|yet|though|although|when|if)\b|[,;?]")


def premises_by_item(text: str, treatment_words: tuple[str, ...], item_treatments: list[tuple[str, ...]],
                     item_regions: list[tuple[str, ...]] | None = None) -> list[Decision | None] | None:
    """The premise of each item (its treatment sets in `item_treatments`), or None when the
    question does not presume both decisions."""
    premises = [o for o in read_outcomes(text).found if o.role == "premise"]
    terse = terse_claims(text)  # "neck PT approved but back PT not?": the other outcome claimed tersely
    if premises and len({o.decision for o in premises} | {d for _at, d in terse}) == 2:
        return by_clause(text, sorted(_said(text, premises) + terse), treatment_words, item_treatments, item_regions)
    if len({o.decision for o in premises}) == 1:
        # one outcome told: the other one for a thing after "but not", none for a thing asked apart
        return (_but_not(text, premises[0].decision, treatment_words, item_treatments, item_regions)
                or _asked_apart(text, premises[0].decision, treatment_words, item_treatments))
    if len({o.decision for o in premises}) < 2:
        return None
    said = _said(text, premises)
    if len(said) < len(premises):
        return None
    return by_clause(text, said, treatment_words, item_treatments, item_regions)


def _said(text: str, premises: list) -> list[tuple[int, Decision]]:
    """Where each outcome word of `premises` stands in `text`, in order, and its decision (those found)."""
    low = text.lower()
    said, start = [], 0
    for o in premises:
        at = low.find(o.words.lower(), start)
        if at < 0:
            break
        said.append((at, o.decision))
        start = at + len(o.words)
    return said


def by_clause(text: str, said: list[tuple[int, Decision]], treatment_words: tuple[str, ...],
              item_treatments: list[tuple[str, ...]], item_regions: list[tuple[str, ...]] | None = None,
              item_levels: list[frozenset[str]] | None = None) -> list[Decision | None]:
    """The decision `said` (where each outcome word stands, its decision) of each item: the outcome
    word of the item's own clause, else the one after the treatment that names it, else the one before;
    None for an item asked apart with no outcome word of its own ("did the surgery get the green light,
    and what happened with the ice machine?"). A treatment named twice is placed by the body part said
    with it, of the item's own (`item_regions`): "the neck PT was approved but back PT denied"; items of one kind
    told apart by their spinal levels (`item_levels`) are placed where their level is said: "was the L5 shot
    approved but the L4 denied?"."""
    low = text.lower()
    named = _places(text, treatment_words, where_said=True)
    level_places = levels_said(text) if item_levels else []
    breaks = list(_CLAUSE_BREAK.finditer(low))
    told = _told_at(low)
    out: list[Decision | None] = []
    for n, sets in enumerate(item_treatments):
        places = _named_at(named, sets)
        if not places:
            out.append(None)
            continue
        if item_regions and len(places) > 1:
            # "... neck PT was approved but back PT denied": the place whose words name the item's body part
            mine = set(item_regions[n])
            places = [at for at in places if mine & _regions_at(text, at, named)] or places
        at = places[0]
        if len(level_places) > 1 and (mine := [p for p, found in level_places if found & item_levels[n]]):
            at = mine[0]  # "was the L5 shot approved but the L4 denied?": the L4 injection's clause is the L4's
        # the outcome word of its own clause: "why didn't IMR approve her chiro but approved her MRI?"
        begin, end = _clause(breaks, len(low), at)
        if (nt := _NOT_THIS.search(low[:at])) and (before := [d for p, d in said if p < nt.start()]) and not any(
                at < p < end for p, _d in said):
            out.append(OTHER[before[-1]])  # "was the NCS approved and not the EMG?": the EMG's denial claimed
            continue
        # ... from where it is asked apart: "was the MRI approved and what about the acupuncture?"
        apart = max((m.start() for m in _APART.finditer(low, begin, at)), default=None)
        if own := [(p, d) for p, d in said if (begin if apart is None else apart) <= p < end]:
            out.append(_of_its_own(low, own, at))
            continue
        if any(begin <= p < end for p in told):
            out.append(None)  # "had his knee scope denied, was the PA assist approved?": the scope's told, not claimed
            continue
        if apart is not None or _ASKED_APART.search(low[:at]):
            out.append(None)  # "... and what about the acupuncture?": asked, nothing claimed
            continue
        after = [d for p, d in said if p > at]
        before = [d for p, d in said if p < at]
        out.append(after[0] if after else before[-1] if before else None)
    return out


def _told_at(low: str) -> list[int]:
    """Where each outcome word of `low` (the question, lowercased) stands, whatever its role."""
    out, start = [], 0
    for o in read_outcomes(low).found:
        at = low.find(o.words.lower(), start)
        if at < 0:
            break
        out.append(at)
        start = at + len(o.words)
    return out


def _regions_at(text: str, at: int, named: list[tuple[int, set[str], int]]) -> set[str]:
    """The body regions said of the treatment word at `at`: in the two words before it ("his neck PT",
    "the low back PT"), else in the three after it ("PT for the neck"), not past another treatment word."""
    size = next(length for p, _ids, length in named if p == at)
    start = max((p + length for p, _ids, length in named if p + length <= at), default=0)
    stop = min((p for p, _ids, _l in named if p >= at + size), default=len(text))
    before = re.search(r"(?:[\w'/-]+\W+){0,2}$", text[start:at])
    if found := {r for r, _w in find_regions(before.group(0) if before else "")}:
        return found
    after = re.match(r"\W*(?:[\w'/-]+\W+){0,2}[\w'/-]*", text[at + size:stop])
    return {r for r, _w in find_regions(after.group(0) if after else "")}


def _clause(breaks: list[re.Match[str]], length: int, at: int) -> tuple[int, int]:
    """Where the clause holding position `at` begins and ends."""
    begin = max((m.end() for m in breaks if m.end() <= at), default=0)
    end = min((m.start() for m in breaks if m.start() >= at), default=length)
    return begin, end


def _places(text: str, treatment_words: tuple[str, ...], where_said: bool = False) -> list[tuple[int, set[str], int]]:
    """Where each treatment word stands (each time it is said) in the part of `text` that asks
    (service.asking), else anywhere, with the sets it names: "... asked for an ice machine and a sling.
    Did the surgery get the green light, and what happened with the ice machine?" asks of the ice
    machine at the end, not where the story tells it. Each: (where, the sets, the word's length)."""
    low = text.lower()
    start, end = asking_span(text)
    told = opening_end(text)
    # (a bare "ultrasound" asked with a therapist's modality is the therapy, as the question was read: "her chiropractic,
    # e-stim and ultrasound", service.lay_group)
    found = with_modality_ultrasound(text, find_treatments(text))
    out = []
    for w in treatment_words:
        word = re.compile(rf"(?<!\w){re.escape(w.lower())}(?!\w)")
        # (a word that names its treatment only where it stands: "the needles", never "needles" alone)
        # (`where_said`: placing the outcomes claimed; the order asked keeps the words' own sets)
        ids = {t for t, _w in find_treatments(w)} or ({t for t, said in found if said.lower() == w.lower()} if where_said else set())
        # ... or named again by its head noun there: "40 year old lady, elbow CT and the back program - so the CT
        # was approved and the program denied?" (service.head_named)
        head = [(p, ids, len(w.split()[-1])) for p in named_again(text, w, treatment_words) if start <= p < end]
        at = [m.start() for m in word.finditer(low, start, end)] or ([] if head else [m.start() for m in word.finditer(low)]
                                                                     or [low.find(w.lower())])
        # ... where it is asked: after the description that opens the question when it is named there again
        # ("46 yo man, already had PT and chiro - why was more chiro denied?", service.story)
        places = [(p, ids, len(w)) for p in at] + head
        out += [place for place in places if place[0] >= told] if any(p >= told > 0 for p, _i, _l in places) else places
    return out


# a thing asked apart, what was decided of it or why: "what about the acupuncture?", "what happened with the
# ice machine?", "and second, why the Tabradol?"
_APART = re.compile(r"\b(?:what|how)\s+about\b|\bwhat\s+(?:happened|was\s+decided)\b|\bwhy\b"
                    r"|\bwhat\s+did\s+(?:IMR|they|the\s+reviewer)\s+(?:decide|do|say)\b", re.IGNORECASE)


# an outcome verb with the thing as its object: "deny the MRI", "approve her chiro" (not "approved and the MRI")
_VERB_OF = re.compile(r"^[\w']+(?:\s+down)?\s+(?:(?:the|his|her|their|my|a|an)\s+)?"
                      r"(?:(?!(?:and|or|but|if|was|were|is|are|got|then|so)\b)[\w'/-]+\s+){0,2}$")


def _of_its_own(low: str, own: list[tuple[int, Decision]], at: int) -> Decision:
    """Of the outcome words in a thing's own clause (`own`: where each stands, its decision), the one
    it goes with: the verb it is the object of ("deny the MRI and approve the acupuncture"), else the
    first after it ("the acupuncture was approved and the MRI denied"), else the first."""
    if len(own) == 1:
        return own[0][1]
    if verbs := [d for p, d in own if p < at and _VERB_OF.match(low[p:at])]:
        return verbs[-1]
    return next((d for p, d in own if p > at), own[0][1])


# the other outcome told by "not" alone: "why was the neck CT denied but not the xrays?" presumes the
# x-rays approved
_BUT_NOT = re.compile(r"\b(?:but|and)\s+not\s+(?:(?:the|his|her|my|their|for\s+(?:the|his|her|my))\s+)?", re.IGNORECASE)
_NOT_THIS = re.compile(_BUT_NOT.pattern + "$", re.IGNORECASE)


def _but_not(text: str, decision: Decision, treatment_words: tuple[str, ...],
             item_treatments: list[tuple[str, ...]], item_regions: list[tuple[str, ...]] | None = None
             ) -> list[Decision | None] | None:
    """Each item's premise when a treatment follows "but not" after the one outcome told (the
    other outcome for it, the one told for the rest); None when none does. One treatment named twice is
    told apart by the body part said after "but not" ("they gave him neck PT but not back PT?": the back's
    PT, of `item_regions`, the other outcome)."""
    low = text.lower()
    after = {w for m in _BUT_NOT.finditer(low) for w in treatment_words if low.startswith(w.lower(), m.end())}
    # ... by the sets the other treatments named do not share ("imaging" of both the CT and the x-rays)
    negated = ({t for w in after for t, _w in find_treatments(w)}
               - {t for w in treatment_words if w not in after for t, _w in find_treatments(w)})
    if negated:
        return [OTHER[decision] if set(sets) & negated else decision for sets in item_treatments]
    if not item_regions:
        return None
    # ... the body part before the treatment word after "but not" ("but not back PT", "but not the lumbar one")
    said = {r for m in _BUT_NOT.finditer(low) for r, _w in find_regions(re.split(r"[,;?!]", text[m.end():])[0])}
    out = [OTHER[decision] if said & set(regions) else decision for regions in item_regions]
    return out if said and len(set(out)) == 2 else None


# a thing asked in a clause of its own with no outcome word: "what about the pool therapy, and why
# were the nerve tests denied?"
_ASKED_APART = re.compile(r"(?:^|[-,;:.?!]\s*|\b(?:and|but)\s+)(?:so\s+)?(?:what|how)\s+about\s+(?:(?:the|his|her|my|their)\s+)?$",
                          re.IGNORECASE)


def _asked_apart(text: str, decision: Decision, treatment_words: tuple[str, ...],
                 item_treatments: list[tuple[str, ...]]) -> list[Decision | None] | None:
    """No premise for an item whose treatment follows "what about" in a clause with no outcome
    word, the one told for the rest; None when no item is so asked, or every one is."""
    low = text.lower()
    breaks = list(_CLAUSE_BREAK.finditer(low))
    words = [o.words.lower() for o in read_outcomes(text).found if o.role == "premise"]
    apart: set[str] = set()
    for w in treatment_words:
        at = low.find(w.lower())
        if at < 0 or not _ASKED_APART.search(low[:at]):
            continue
        end = min((m.start() for m in breaks if m.start() > at), default=len(low))
        if not any(o in low[at:end] for o in words):
            apart |= {t for t, _w in find_treatments(w)}
    out: list[Decision | None] = [None if set(sets) & apart else decision for sets in item_treatments]
    return out if None in out and decision in out else None


def _named_at(named: list[tuple[int, set[str], int]], sets: tuple[str, ...]) -> list[int]:
    """Where the words that name an item (its treatment sets) most narrowly stand: "xray denied but CT
    approved": the CT's item is imaging too, named by "CT", not by "xray"."""
    # ... and of those, the words naming nothing else: "her celebrex approved and the liquid medicines turned
    # down": the Fanatrex suspension is a medication named by "medicines", not by "celebrex" (an NSAID too)
    mine = set(sets)
    most = max(((len(ids & mine), -len(ids - mine)) for at, ids, _l in named if at >= 0 and ids & mine), default=None)
    return [at for at, ids, _l in named if at >= 0 and most and (len(ids & mine), -len(ids - mine)) == most]


def in_order_asked(text: str, treatment_words: tuple[str, ...], item_treatments: list[tuple[str, ...]]) -> list[int]:
    """The places of the items (their treatment sets in `item_treatments`) in the order the question
    names their treatments: "why didn't IMR approve her chiro but approved her MRI?" asks why of
    the chiro first, "back PT and MRI - what happened?" asks of the PT first. An item whose
    treatment the question does not name stays after, in its place."""
    low = text.lower()
    named = _places(text, treatment_words)

    def place(n: int) -> int:
        places = _named_at(named, item_treatments[n])
        return min(places) if places else len(low)

    return sorted(range(len(item_treatments)), key=place)


__all__ = ["by_clause", "in_order_asked", "premises_by_item"]
