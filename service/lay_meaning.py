"""A thing asked for in a person's own words that no treatment set's patterns name, read by meaning: "a
machine that zaps the nerves" is electrical stimulation, "a desk she could stand at" an ergonomic
workstation, "the sound wave treatment" therapeutic ultrasound, "a checkup before his surgery" the
pre-operative clearance.

Each phrase of the question that follows an article or an owner ("a ...", "her ...") and names no
treatment is set against short lay glosses of the treatment sets with the embedding model; the one
gloss it is close to (GLOSS_SIMILARITY) stands for its set when some indexed request is of that set,
and the phrase is read as the set's own words (`CANONICAL`), for the patterns to find. A thing no gloss
is close to ("hyperbaric oxygen", "a service dog") is left as typed, for the absent checks
(service.lacking) to say no letter has it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import numpy as np

from indexer.taxonomy import find_regions
from indexer.treatments import find_treatments

GLOSS_SIMILARITY = 0.62  # cosine of a phrase and a set's gloss at or above which the phrase names that set
NEAR = 0.05  # glosses of other sets this close to the best one are as likely: the one some request holds is meant

# set id -> (the set's own words, which its patterns find; lay glosses of it)
GLOSSES: dict[str, tuple[str, tuple[str, ...]]] = {
    "e_stim": ("electrical stimulation", ("electrical stimulation of the muscles",
                                          "a machine that sends electric current through pads to the muscles or nerves")),
    "tens": ("TENS unit", ("a small electric pulse machine for pain relief at home",
                           "a portable device that stimulates the nerves with electricity")),
    "ultrasound_therapy": ("therapeutic ultrasound", ("sound wave treatment to heat deep tissue",
                                                      "sound waves run over the sore muscles by the therapist", "sound waves")),
    "traction": ("traction", ("a device that stretches the spine", "pulling the neck to take pressure off it")),
    "ergonomic": ("ergonomic workstation", ("a sit-stand desk, a desk you can stand at",
                                            "an ergonomic desk chair with back support for the office",
                                            "a chair that supports the back at work")),
    "brace": ("brace", ("a back brace, a lumbar support belt", "a splint or support to hold a joint still")),
    "pillow": ("pillow", ("a special pillow for the neck", "a foam wedge to lie on in bed")),
    "mattress": ("mattress", ("a special bed or mattress for the back",)),
    "walking_aid": ("walker", ("a cane, walker, crutches or wheelchair to get around",)),
    "cold_therapy": ("cold therapy unit", ("an ice machine after surgery", "a cooling machine that circulates cold water")),
    "hot_cold_packs": ("heating pad", ("hot and cold packs", "a heating pad for the sore back")),
    "compression": ("compression stockings", ("tight stockings to keep blood from clotting",)),
    "cpm": ("continuous passive motion", ("a machine that slowly bends the knee after surgery",)),
    "home_health": ("home health", ("someone to help at home with daily care",
                                    "a person to help with bathing, dressing and getting around the house")),
    "transportation": ("transportation", ("rides to the doctor's appointments",)),
    "preop_clearance": ("pre-operative clearance", ("a checkup before surgery", "a medical exam to clear him for the operation")),
    "physical_therapy": ("physical therapy", ("rehab sessions with a physical therapist",)),
    "occupational_therapy": ("occupational therapy", ("hand therapy to use the hands again",)),
    "aquatic_therapy": ("aquatic therapy", ("exercises in a pool",)),
    "chiropractic": ("chiropractic", ("back cracking by a chiropractor", "spine adjustments")),
    "acupuncture": ("acupuncture", ("needles put in the skin for pain",)),
    "massage": ("massage", ("rubbing the sore muscles",)),
    "psychological": ("psychotherapy", ("talking to a counselor or psychologist about the stress",)),
    "functional_restoration": ("functional restoration", ("a full-day pain program to get back to work",)),
    "fce": ("functional capacity evaluation", ("a test of what work he can still do",)),
    "mri": ("MRI", ("a magnetic scan picture of the inside",)),
    "ct": ("CT scan", ("a computer x-ray scan",)),
    "xray": ("x-ray", ("a plain picture of the bones",)),
    "nerve_study": ("EMG/NCS", ("a test of the nerves and muscles", "a test of the nerves with small electric shocks")),
    "sleep_study": ("sleep study", ("an overnight test of her sleep",)),
    "urine_drug_screen": ("urine drug screen", ("a pee test for drugs",)),
    "esi": ("epidural steroid injection", ("shots in the spine for sciatica",)),
    "facet": ("facet injections", ("shots into the small joints of the spine",)),
    "joint_injection": ("joint injection", ("a cortisone shot into a joint", "a steroid shot in the shoulder or knee")),
    "trigger_point": ("trigger point injections", ("shots into the knots in the muscles",)),
    "viscosupplementation": ("viscosupplementation", ("a gel injection into the knee to cushion it",)),
    "spinal_cord_stimulator": ("spinal cord stimulator", ("a device implanted near the spine to block the pain",)),
}

# words that open the phrase of a thing: its article or owner (or an owner's name: "the woman's ...")
_OPENERS = frozenset("a an the her his my their our your some any this".split())
# words a thing's phrase does not run past: a clause's verb or joint, the question's outcome
_BREAKS = frozenset("did does do was were is are has have had and or but so if when because approved denied covered "
                    "upheld overturned approve deny recommended recommend necessary".split())
# words that end no phrase
_NO_END = frozenset("a an the her his my their our your some any of to for with at in on by from that which who after before "
                    "could would can will should".split())
# a place the thing is put, not a thing: "shots in the joints of his spine"
_PLACES = frozenset("in into of on at off onto from under".split())
# words that say no thing: a person, an age or a vague word; or the body the thing is for
_NOT_A_THING = frozenset("mom dad mother father wife husband son daughter sister brother friend client patient worker "
                         "doctor surgeon therapist chiropractor lady guy man woman year years old yo stuff thing things "
                         "one ones request requests letter case denial denials decision".split())
_PURPOSE = frozenset("for after before with to".split())
_BODY = frozenset("nerve nerves muscle muscles joint joints bone bones skin body".split())
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d+|[^\w\s]")
MAX_WORDS = 8


def _opens(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the word at `at` opens a thing's phrase: an article or owner not after a word of place."""
    word = tokens[at][2].lower()
    if not (word in _OPENERS or re.fullmatch(r"[a-z]+['’]s", word)):
        return False
    return at == 0 or tokens[at - 1][2].lower() not in _PLACES


def _regions_at(words: str) -> str:
    """The words of a body part `words` opens with, lower case, or ''."""
    m = re.match(r"(?:(?:left|right|lower|upper|low|mid|both)\s+)*[a-z]+", words.lower())
    return m.group(0) if m and find_regions(m.group(0)) else ""


def phrases(text: str, named: Iterable[str] = ()) -> list[tuple[int, int, str]]:
    """The (start, end, words) of each run of up to MAX_WORDS words after an article or owner that names no
    treatment set, no body part and no person before its first word of place or purpose: "machine that zaps the
    nerves"; not one holding a word `named` (the treatment words the question is read with already: "the needles
    for his neck")."""
    named_words = {w.lower() for phrase in named for w in re.findall(r"[A-Za-z]+", phrase)}
    tokens = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    out = []
    for at in range(len(tokens)):
        if not _opens(tokens, at):
            continue
        found = []
        for last in range(at + 1, min(at + 1 + MAX_WORDS, len(tokens))):
            said = tokens[last][2].lower()
            if not said[0].isalpha() or said in _BREAKS or said in _NOT_A_THING or re.fullmatch(r"[a-z]+['’]s", said):
                break
            start, end = tokens[at + 1][0], tokens[last][1]
            words = text[start:end]
            if last == at + 1 and said in _BODY or (regions := _regions_at(words)) and words.lower().startswith(regions):
                break  # "her nerves ...", "his lower back ...": a body part
            if said in _NO_END:
                continue
            if find_treatments(words) or named_words & {w.lower() for w in re.findall(r"[A-Za-z]+", words)}:
                # a treatment named: the patterns read it already, unless it is what the thing is for or after ("a
                # cooling machine for after the operation")
                if not found or not _PURPOSE & {w.lower() for w in re.findall(r"[A-Za-z]+", text[found[0][1]:end])}:
                    found = []
                break
            content = [w for w in re.findall(r"[A-Za-z]+", words) if w.lower() not in _NO_END]
            if len(content) == 2 and (said in _BODY or find_regions(said)):
                continue  # a body part told by a word: "the fused neck", "her bad knee"
            if len(content) >= 2:
                found.append((start, end, words))  # one word alone ("the therapy", "the needles") is the patterns' to read
        out += found
    return out


_CACHE: dict[int, tuple[list[str], np.ndarray]] = {}


def _glosses(encode: Callable[[list[str]], np.ndarray]) -> tuple[list[str], np.ndarray]:
    """The set ids and embeddings of the glosses, encoded once per encoder (a bound method is a new object at each
    access, `engine.encoder.encode`: keyed by the encoder it is bound to, not by itself)."""
    key = id(getattr(encode, "__self__", encode))
    if key not in _CACHE:
        ids = [t for t, (_own, lay) in GLOSSES.items() for _g in lay]
        _CACHE[key] = (ids, encode([g for _own, lay in GLOSSES.values() for g in lay]))
    return _CACHE[key]


def meant(text: str, encode: Callable[[list[str]], np.ndarray], held: Callable[[str], bool],
          named: Iterable[str] = ()) -> tuple[str, str, str] | None:
    """(the phrase as typed, the set id, the set's own words) of the phrase of `text` closest in meaning to a set
    some request holds (`held`), when close enough; else None."""
    found = phrases(text, named)
    if not found:
        return None
    ids, glosses = _glosses(encode)
    scores = encode([words for _s, _e, words in found]) @ glosses.T
    best = None
    for (_s, _e, words), row in zip(found, scores):
        by_set: dict[str, float] = {}
        for set_id, score in zip(ids, row):
            by_set[set_id] = max(by_set.get(set_id, -1.0), float(score))
        top = max(by_set.values())
        if top < GLOSS_SIMILARITY:
            continue
        near = sorted(((s, t) for t, s in by_set.items() if s >= top - NEAR), reverse=True)
        pick = next(((s, t) for s, t in near if held(t)), None)
        if pick and (best is None or pick[0] > best[0]):
            best = (pick[0], words, pick[1])
    if best is None:
        return None
    return best[1], best[2], GLOSSES[best[2]][0]


def read_by_meaning(text: str, encode: Callable[[list[str]], np.ndarray], held: Callable[[str], bool],
                    named: Iterable[str] = ()) -> tuple[str, str]:
    """`text` with the thing it names in lay words written as its set's own words, and a note; (text, '') when
    none is: "she needed a desk she could stand at for her back" -> "she needed a ergonomic workstation for her
    back"."""
    found = meant(text, encode, held, named)
    if found is None:
        return text, ""
    words, _set_id, own = found
    at = text.find(words)
    return text[:at] + own + text[at + len(words):], f"lay words: '{words}' read as '{own}'"
