"""A lay group word after a kind of care: "her chiro stuff", "his PT things" ask of every request of
that kind the letter holds, and a chiropractor's or therapist's passive modalities (electrical
stimulation, therapeutic ultrasound, traction) are of it: "52 yo lady's chiro stuff - any of it
approved" asks of the spinal manipulation, the e-stim and the ultrasound (found asking by hand)."""

from __future__ import annotations

import re

from indexer.taxonomy import find_regions
from indexer.treatments import GROUPS, find_treatments, own_words

# the modalities given with manipulation or therapy, each its own request in a letter
ADJUNCTS = ("e_stim", "ultrasound_therapy", "traction")
_CARE = ("chiropractic", "physical_therapy")
# a group word right after the kind's words: "chiro stuff", "PT things", "chiropractic stuff"
_GROUP_WORD = r"\s+(?:stuff|things)\b"


def with_adjuncts(text: str, treatments: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`treatments` (set id, words) and, when a kind of care is named with a lay group word after it, the
    adjunct modalities as that kind's (said in its words); else unchanged."""
    said = [(t, w) for t, w in treatments if t in _CARE
            and re.search(rf"(?<![\w-]){re.escape(w)}{_GROUP_WORD}", text, re.IGNORECASE)]
    if not said:
        return treatments
    named = {t for t, _w in treatments}
    return [*treatments, *((a, said[0][1]) for a in ADJUNCTS if a not in named)]


# a bare "ultrasound" named with a therapist's modality ("were the electrical stim and the ultrasound
# both denied?"): the therapy, not a scan (indexer.treatments reads it bare as neither)
_BARE_ULTRASOUND = re.compile(r"(?<![\w-])ultrasounds?(?![\w-])", re.IGNORECASE)
_MODALITIES = frozenset({"e_stim", "traction", "massage", "manipulation", "chiropractic", "physical_therapy"})


def with_modality_ultrasound(text: str, treatments: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`treatments` and therapeutic ultrasound (in the word's words) when `text` names a bare
    ultrasound that no treatment found reads and a modality is asked with it; else unchanged."""
    named = {t for t, _w in treatments}
    if not named & _MODALITIES or named & {"ultrasound_therapy", "ultrasound_imaging"}:
        return treatments
    m = _BARE_ULTRASOUND.search(text)
    return [*treatments, ("ultrasound_therapy", m.group(0))] if m else treatments


def letters_ultrasound(text: str, titles: list[str]) -> str:
    """`text` with a bare "ultrasound" (one no treatment found reads) named as the letter's kind of it, when the letter's
    requests (`titles`) have one kind: "and the ultrasound - same reason?" after the 52 yo woman's e-stim, whose letter
    has "Ultrasound 1 times 8", asks of "the ultrasound therapy"; else `text` unchanged."""
    from indexer.treatments import find_treatments, match_treatments

    if {t for t, _w in find_treatments(text)} & {"ultrasound_therapy", "ultrasound_imaging"} or not _BARE_ULTRASOUND.search(text):
        return text
    kinds = {t for title in titles for t in match_treatments(title) if t in ("ultrasound_therapy", "ultrasound_imaging")}
    if len(kinds) != 1:
        return text
    said = "ultrasound therapy" if kinds.pop() == "ultrasound_therapy" else "diagnostic ultrasound"
    return _BARE_ULTRASOUND.sub(said, text, count=1)


# groups a person names as one thing that letters often ask as several requests: "the nerve test" is
# the EMG and the nerve conduction study done at one visit, and asks of both
ONE_THING = frozenset({"nerve_study"})

# the limbs a nerve study of a spine region tests: "the neck nerve test" is an EMG/NCS of the arms
# (the neck's nerve roots run to them), "the low back nerve test" one of the legs; and of a joint,
# its limb: "carpal tunnel ... the nerve test" is the upper extremities' EMG/NCS
_NERVE_STUDIES = {"emg", "ncs", "nerve_study"}
_LIMBS = {"cervical": "upper extremity", "lumbar": "lower extremity",
          **dict.fromkeys(("shoulder", "elbow", "wrist/hand"), "upper extremity"),
          **dict.fromkeys(("hip", "knee", "ankle/foot"), "lower extremity")}


def nerve_limbs(treatments: tuple[str, ...], regions: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`regions` (region, words) and, of a nerve study asked by a spine region, the limbs it tests (in
    the spine's words); unchanged when a limb is named, or no nerve study is asked."""
    if not _NERVE_STUDIES & set(treatments) or any(r in _LIMBS.values() for r, _w in regions):
        return regions
    return [*regions, *((_LIMBS[r], w) for r, w in regions if r in _LIMBS)]


# the words before a treatment's name that are no part of it: "her braces", "the 37 year old's pillow"
_NOT_A_KIND = frozenset({"the", "a", "an", "his", "her", "my", "their", "our", "your", "and", "or", "of", "for", "both",
                         "all", "any", "those", "these", "that", "this", "two", "new", "same", "other"})


def _stem(word: str) -> str:
    return word.lower().removesuffix("s")


_LISTED_BEFORE = re.compile(r"([A-Za-z]+)\s*(?:,|\band\b|&)\s*$")


def _places(text: str, word: str) -> list[tuple[frozenset[str], bool]]:
    """Each place `text` names one kind by `word`: its stems (the treatment's word and the word before it
    that says which one), and whether that word ends a list of such words ("the neck and wedge pillows")."""
    found = []
    for m in re.finditer(rf"(?:(?<![\w'’])([A-Za-z]+)\s+)?{re.escape(word)}\b", text):
        before = m.group(1)
        prior = _LISTED_BEFORE.search(text[: m.start(1)]) if before else None
        if before and not prior and (two := re.search(r"(?<![\w'’])([A-Za-z]+)\s+$", text[: m.start(1)])) and (
                find_regions(f"{two.group(1)} {before}")) and two.group(1).lower() not in _NOT_A_KIND:
            # ... a body part of two words ending the list: "the neck and low back MRIs", "neck and mid back MRIs"
            prior = _LISTED_BEFORE.search(text[: two.start(1)])
        # (a body part ending a list of them is one of the items' regions, not the kind: "the neck, low back
        # and hand MRIs" asks of the three; "her wrist braces and elbow braces" of two braces, each its own)
        # ... as is any word ending a list of words of no treatment: "the neck and wedge pillows" asks of two
        # pillows, whichever the neck one is (not "the TENS and wedge pillow": the TENS is a request of its own)
        listed = bool(prior) and before.lower() not in _NOT_A_KIND and prior.group(1).lower() not in _NOT_A_KIND and (
            bool(find_regions(before)) and bool(find_regions(prior.group(1))) or not find_treatments(prior.group(1)))
        found.append((frozenset({_stem(word), *([_stem(before)] if before and before.lower() not in _NOT_A_KIND
                                                and not listed else [])}), listed))
    return found


def said_words(text: str, word: str) -> list[frozenset[str]]:
    """The words a question names one kind by, at each place it names it: the treatment's word and the
    word before it that says which one ("wedge pillow": wedge and pillow; "her braces": brace), as stems."""
    return list(dict.fromkeys(p for p, _listed in _places(text, word))) or [frozenset({_stem(word)})]


def names_several(text: str, word: str) -> bool:
    """Whether `text` names several requests of one kind by `word`: at two places, each with a word of
    its own that says which ("her wrist braces and elbow braces", "the cervical pillow and the wedge
    pillow"; not "the knee MRI ... the MRI"), once after a list of such words ("the neck and wedge
    pillows"), or once before a list of body parts ("they wanted to scan my shoulder and neck and my
    head", "MRI of the neck, back and hand")."""
    places = _places(text, word)
    return (len({p for p, _listed in places if len(p) > 1}) > 1 or any(listed for _p, listed in places)
            or _regions_listed_after(text, word))


# the words between a kind's word and the body parts it is of: "scan my", "MRI of the", "x-rays on both"
_OF = re.compile(r"\s+(?:(?:of|on|for|at|to)\s+)?", re.IGNORECASE)
_JOINED = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&|plus)\s+", re.IGNORECASE)
_OWNERS = re.compile(r"^(?:(?:the|my|his|her|their|both|a|an)\s+)+", re.IGNORECASE)


def _regions_listed_after(text: str, word: str) -> bool:
    """Whether `word` is followed by a list of two or more body parts, each said in a few words of its
    own ("scan my shoulder and neck and my head"; not "the MRI for the woman with neck pain", whose
    neck is her pain's)."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}\b", text, re.IGNORECASE):
        after = _OF.match(text, m.end())
        rest = re.split(r"[.;:?!()]|\s[-\u2013\u2014]+\s", text[after.end() if after else m.end():], maxsplit=1)[0]
        regions = []
        for part in _JOINED.split(rest):
            part = _OWNERS.sub("", part.strip())
            found = find_regions(part) if 0 < len(part.split()) <= 2 else ()
            if not found:
                break
            regions.append(found[0][0])
        if len(set(regions)) > 1:
            return True
    return False


def as_said(titles: list[str], said: list[frozenset[str]]) -> list[int]:
    """The positions of `titles` (requests of one kind) that name every word of one place it was said
    by, when each place names one ("the wedge pillow": "Wedge pillow", not "Cervical pillow"; "her braces":
    "Wrist braces #2" and "Elbow braces #2", not "Lumbar support"); every position when a place names none."""
    words = [{_stem(w) for w in re.findall(r"[A-Za-z]+", title)} for title in titles]
    # ... a body part said in lay words names the title that names it in the letter's: "the neck pillow" is
    # the "Cervical pillow"
    regions = [{r for r, _w in find_regions(title)} for title in titles]

    def names(place: frozenset[str], n: int) -> bool:
        return all(w in words[n] or bool({r for r, _w in find_regions(w)} & regions[n]) for w in place)

    named = [[n for n in range(len(titles)) if names(place, n)] for place in said]
    if not all(named):
        return list(range(len(titles)))
    return sorted({n for found in named for n in found})


# two names joined in one phrase: "lumbar support and wrist braces", "the TENS unit, the back brace"
_JOINED_NAMES = re.compile(r"^[^.;:?!\u2013\u2014]{0,30}?(?:\band\b|\bor\b|\bplus\b|&|,)[^.;:?!\u2013\u2014]{0,30}$",
                           re.IGNORECASE)


def words_apart(text: str, sets: tuple[str, ...], words: tuple[str, ...]) -> tuple[str, ...]:
    """The other words `text` names a kind of `sets` by, joined in one phrase with the word it was found by
    (`words`, service.understand keeps one per kind): "lumbar support and wrist braces" names two braces,
    "braces" besides "lumbar support"; () when each kind is named once, or by one word."""
    said = {_stem(w) for w in words}
    out: list[str] = []
    for kind in (s for s in sets if s not in GROUPS):
        places = own_words(text, kind)
        for at, word in places:
            if _stem(word) in said or any(_stem(word) in _stem(w) or _stem(w) in _stem(word) for w in (*words, *out)):
                continue
            joined = any(_JOINED_NAMES.match(text[min(at, o) + len(word if at < o else w): max(at, o)])
                         for o, w in places if _stem(w) in said)
            if joined:
                out.append(word)
    return tuple(out)
