"""The condition a question calls its patient by, as the case summary would print it.

"the woman with mild lumbar degenerative disc disease", "for the abdominal muscle strain case",
"the man diagnosed with carpal tunnel syndrome": users copy the diagnosis from the records, and
the letter's case summary prints it word for word; so with words they quote ("whose chiropractic
was giving 'some benefit'"). service.patients counts a letter whose
summary holds such a phrase as agreeing with the description (loosely, like the mechanism of
injury: a summary that words it otherwise contradicts nothing).
"""

from __future__ import annotations

import re

_NOUN = r"(?:case|patient|claimant|applicant)"
_PERSON = (r"(?:woman|man|lady|gentleman|guy|girl|boy|patient|worker|employee|claimant|applicant|client|"
           r"husband|wife|son|daughter|father|dad|mother|mom|brother|sister|one|person|someone|female|male)")
# "the abdominal muscle strain case" (not "the same case", "the 46-year-old patient")
_CALLED = re.compile(rf"\bthe\s+((?:[a-z/'-]+\s+){{1,4}}?){_NOUN}\b(?!-)", re.IGNORECASE)
# "the woman with mild lumbar degenerative disc disease", "who was diagnosed with a rotator cuff tear"
_WITH = re.compile(rf"\b(?:{_PERSON}|diagnosed|diagnosis\s+of)\s+(?:(?:who|that)\s+(?:has|had)\s+|with\s+|of\s+)"
                   r"((?:[a-z0-9/'-]+\s*){2,8})", re.IGNORECASE)
# where the description ends: the question goes on
_END = re.compile(r"\s(?:why|what|who|whose|which|when|was|were|is|are|did|does|do|and|but|got|get|gets|had|has|"
                  r"have|from|at|in|after|since|because|for|asked|requested|wanted)\b.*$", re.IGNORECASE | re.DOTALL)
_LEADING = re.compile(r"^(?:(?:a|an|the|her|his|my|their|some|all|that|this|those|these|bad|chronic)\s+)+",
                      re.IGNORECASE)
_NOT_DIAGNOSIS = re.compile(r"^(?:\d|same|other|first|second|third|last|next|previous|whole|entire|only|"
                            r"one|two|three|four|five|six)", re.IGNORECASE)
MIN_WORDS = 2


def normalised(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


# "whose chiropractic was giving 'some benefit'": words quoted from the records (not a possessive's
# apostrophe: "the woman's knee and the man's back")
# (service.quoting reads longer quotes of a reviewer's sentence with it)
_QUOTED = re.compile(r"(?<!\w)['‘\"“]([^\"“”?!]{3,400}?)['’\"”](?!\w)")


def quoted(text: str, min_words: int = MIN_WORDS) -> tuple[str, ...]:
    """The phrases of at least `min_words` words that `text` quotes, normalised."""
    found = [normalised(m.group(1)) for m in _QUOTED.finditer(text)]
    return tuple(dict.fromkeys(p for p in found if len(p.split()) >= min_words))


def condition_phrases(text: str) -> tuple[str, ...]:
    """The phrases of `text` that name the patient's condition, normalised (lowercase words), each
    of at least two words."""
    found: list[str] = []
    for m in [*_CALLED.finditer(text), *_WITH.finditer(text)]:
        phrase = _LEADING.sub("", _END.sub("", m.group(1).strip()))
        if _NOT_DIAGNOSIS.match(phrase) or "year" in phrase.lower():
            continue
        norm = normalised(phrase)
        if len(norm.split()) >= MIN_WORDS and norm not in found:
            found.append(norm)
    return tuple(found)


# "I get tingling in my face and toes", "with numbness in her left hand": a symptom where the
# patient feels it, which the summary tells in its own order ("tingling in face and toes on the right")
_SYMPTOMS = (r"tingling|tingles|numbness|numb|burning|weakness|cramping|spasms?|swelling|stiffness|pins\s+and\s+needles|"
             r"headaches|dizziness|ringing")
_FELT = re.compile(rf"\b({_SYMPTOMS})\s+(?:in|into|of|on|down|around)\s+(?:(?:my|her|his|their|the|both)\s+)?"
                   rf"(?:(?:left|right)\s+)?([a-z]+)(?:\s*(?:,|and|&)\s*(?!(?:{_SYMPTOMS})\b)(?:(?:my|her|his|their|the)\s+)?"
                   r"([a-z]+))?",
                   re.IGNORECASE)
# ... or the place first: "my right arm goes numb", "his little fingers are numb", "her hands get tingly"
_FELT_AFTER = re.compile(r"\b(?:my|her|his|their|the|both|whose|[a-z]+'s)\s+(?:[a-z]+\s+){0,3}?(?:([a-z]+)\s+)?([a-z]+)\s+"
                         r"(?:goes|go|went|gone|is|are|was|were|gets?|got|feels?|felt|turns?|turned)\s+"
                         r"(?:so\s+|really\s+|all\s+|very\s+)?(numb|tingly|weak)\b", re.IGNORECASE)
NEAR = 12  # words: how close a symptom and where it is felt stand in a summary


def symptoms_felt(text: str) -> tuple[tuple[str, ...], ...]:
    """The symptoms `text` tells with where they are felt: ("tingling", "face", "toes"); ("numb",
    "arm") of "my arm goes numb"."""
    told = [tuple(w.lower() for w in m.groups() if w) for m in _FELT.finditer(text)]
    for m in _FELT_AFTER.finditer(text):
        place = m.group(2).lower()
        finger = _FINGERS.get((m.group(1) or "").lower()) if _stem(place) == "finger" else _FINGERS.get(_stem(place))
        told.append((m.group(3).lower(), finger, *(() if place.startswith("pink") else (place,))) if finger
                    else (m.group(3).lower(), place))
    return tuple(told)


# a finger by its everyday name, as summaries number it too ("numbness in the right fourth and fifth fingers")
_FINGERS = {"little": "little|fifth|5th", "pinky": "little|fifth|5th", "pinkie": "little|fifth|5th",
            "ring": "ring|fourth|4th", "middle": "middle|third|3rd", "index": "index|second|2nd"}


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


# a symptom in any of its forms: "numb" is the summary's "numbness", "tingly" its "tingling"
_ROOTS = ("numb", "tingl", "weak", "burn", "cramp", "swell", "stiff")


def _root(word: str) -> str:
    return next((r for r in _ROOTS if word.startswith(r)), _stem(word))


def felt_near(felt: tuple[str, ...], words: list[str]) -> bool:
    """Whether every word of `felt` (a symptom and its places) stands within NEAR words of the first."""
    wanted = [_stem(w) for w in felt]
    stems = [_stem(w) for w in words]
    symptom = _root(felt[0])
    for at, word in enumerate(stems):
        near = stems[max(0, at - NEAR):at + NEAR]
        if _root(word) == symptom and all(any(a in near for a in w.split("|")) for w in wanted[1:]):
            return True
    return False


def printed(phrases: tuple[str, ...], summary: str, felt: tuple[tuple[str, ...], ...] = ()) -> float:
    """The share of `phrases` that `summary` prints word for word, and of the symptoms `felt` it
    tells near where they are felt."""
    if not phrases and not felt:
        return 0.0
    norm = normalised(summary)
    text, words = f" {norm} ", norm.split()
    found = sum(f" {p} " in text for p in phrases) + sum(felt_near(f, words) for f in felt)
    return found / (len(phrases) + len(felt))


__all__ = ["condition_phrases", "felt_near", "normalised", "printed", "quoted", "symptoms_felt"]
